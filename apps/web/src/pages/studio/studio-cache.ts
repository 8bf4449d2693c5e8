import { useQueryClient } from '@tanstack/react-query';
import type { StudioCourse } from '../../lib/router-types';
import { useTRPC } from '../../trpc';

/**
 * Every studio mutation answers with the whole course: put it in the editor's cache, and let the
 * studio list and the public pages refetch what they show of it.
 */
export function useStoreStudioCourse() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (course: StudioCourse) => {
    queryClient.setQueryData(trpc.studio.get.queryKey({ courseId: course.id }), course);
    void queryClient.invalidateQueries({ queryKey: trpc.studio.myCourses.queryKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.courses.pathKey() });
  };
}
