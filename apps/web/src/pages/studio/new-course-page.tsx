import { Anchor, Container, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useTRPC } from '../../trpc';
import { CourseDetailsForm } from './course-details-form';
import { InstructorOnly } from './instructor-only';

export function NewCoursePage() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.studio.create.mutationOptions());

  return (
    <InstructorOnly>
      <Container size="md" w="100%" py={{ base: 24, sm: 40 }}>
        <Anchor component={Link} to="/studio" size="sm">
          ← Studio
        </Anchor>
        <Title order={1} size="h2" mt="sm">
          New course
        </Title>
        <Text c="dimmed" size="sm" mb="lg">
          Start with the details; you add sections and lessons next. The course stays a draft until you
          publish it.
        </Text>
        <CourseDetailsForm
          submitLabel="Create course"
          onSubmit={async (payload) => {
            const course = await create.mutateAsync(payload);
            queryClient.setQueryData(trpc.studio.get.queryKey({ courseId: course.id }), course);
            await queryClient.invalidateQueries({ queryKey: trpc.studio.myCourses.queryKey() });
            void navigate(`/studio/courses/${course.id}`);
          }}
        />
      </Container>
    </InstructorOnly>
  );
}
