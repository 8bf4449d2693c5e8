import {
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  Alert,
  Anchor,
  Avatar,
  Badge,
  Button,
  Card,
  Container,
  Group,
  Paper,
  ScrollArea,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import { IconEdit, IconEyeOff, IconGripVertical } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { EmptyState, QueryError } from '../../components/query-state';
import {
  formatRelative,
  jobStatusColors,
  jobStatusLabels,
  STAGES,
  stageLabels,
  statusColors,
  statusLabels,
} from '../../lib/recruiting-format';
import type { ApplicationStage, ApplicationView } from '../../lib/router-types';
import { useTRPC } from '../../trpc';
import {
  type ApplicationActions,
  HireButton,
  MoveMenu,
  ReconsiderButton,
  useApplicationActions,
  useRejectDialog,
} from './application-actions';
import { MatchPanel } from './match-panel';
import classes from './pipeline-page.module.css';

export function PipelinePage() {
  const { jobId = '' } = useParams();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // Blind screening, remembered in this browser so a visit can start blind: the named board is neither
  // fetched nor kept in the cache, and the match list comes without names from the server.
  const [anonymous, setAnonymous] = useLocalStorage({
    key: 'talentsphere:screen-anonymously',
    defaultValue: false,
    getInitialValueInEffect: false,
  });
  const job = useQuery(trpc.jobs.get.queryOptions({ jobId }));
  const pipeline = useQuery({ ...trpc.jobs.pipeline.queryOptions({ jobId }), enabled: !anonymous });
  const changeAnonymous = (hide: boolean) => {
    setAnonymous(hide);
    if (hide) {
      queryClient.removeQueries({ queryKey: trpc.jobs.pipeline.pathKey() });
      queryClient.removeQueries({ queryKey: trpc.applications.pathKey() });
    }
  };

  return (
    <Container size="xl" w="100%" py={{ base: 24, sm: 40 }}>
      <Anchor component={Link} to="/employer" size="sm">
        ← Employer workspace
      </Anchor>
      {(job.isPending || (!anonymous && pipeline.isPending)) && (
        <Stack mt="md" aria-busy="true" aria-label="Loading the pipeline">
          <Skeleton height={30} width="40%" />
          <Skeleton height={300} />
        </Stack>
      )}
      {(job.isError || (!anonymous && pipeline.isError)) && (
        <Stack mt="md">
          <QueryError
            title="Could not load the pipeline"
            error={job.error ?? pipeline.error}
            onRetry={() => void Promise.all([job.refetch(), anonymous ? null : pipeline.refetch()])}
          />
        </Stack>
      )}
      {job.data && (anonymous || pipeline.data) && (
        <>
          <Group justify="space-between" mt="sm" mb="lg" gap="sm">
            <Group gap="sm">
              <Title order={1} size="h2">
                {job.data.title}
              </Title>
              <Badge
                variant="light"
                color={jobStatusColors[job.data.status as keyof typeof jobStatusColors] ?? 'gray'}
              >
                {jobStatusLabels[job.data.status as keyof typeof jobStatusLabels] ?? job.data.status}
              </Badge>
            </Group>
            <Group gap="xs">
              {job.data.status !== 'draft' && (
                <Button component={Link} to={`/jobs/${jobId}`} variant="default">
                  Public page
                </Button>
              )}
              <Button
                component={Link}
                to={`/employer/jobs/${jobId}/edit`}
                variant="default"
                leftSection={<IconEdit size={16} />}
              >
                Edit job
              </Button>
            </Group>
          </Group>
          {anonymous ? (
            <>
              <MatchPanel jobId={jobId} anonymous onAnonymousChange={changeAnonymous} />
              <Alert color="gray" icon={<IconEyeOff />} title="Screening anonymously">
                The board with names is not loaded until you switch “Hide names and photos” off.
              </Alert>
            </>
          ) : pipeline.data && pipeline.data.applications.length > 0 ? (
            <>
              <MatchPanel jobId={jobId} anonymous={false} onAnonymousChange={changeAnonymous} />
              <Board jobId={jobId} applications={pipeline.data.applications} />
            </>
          ) : (
            <EmptyState title="No applicants yet">
              {job.data.status === 'open'
                ? 'Applications show up here as they arrive.'
                : 'Publish the job to start taking applications.'}
            </EmptyState>
          )}
        </>
      )}
    </Container>
  );
}

function Board(props: { jobId: string; applications: readonly ApplicationView[] }) {
  const actions = useApplicationActions(props.jobId);
  const rejectDialog = useRejectDialog(actions);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor),
  );
  const active = props.applications.filter((a) => a.status === 'active');
  const decided = props.applications.filter((a) => a.status !== 'active');

  function onDragEnd(event: DragEndEvent) {
    const stage = event.over?.id as ApplicationStage | undefined;
    const application = active.find((a) => a.id === event.active.id);
    if (!stage || !application || application.stage === stage) return;
    actions.move.mutate({ applicationId: application.id, stage });
  }

  return (
    <>
      <DndContext
        sensors={sensors}
        onDragEnd={onDragEnd}
        accessibility={{
          announcements: {
            onDragStart: ({ active: a }) => `Picked up ${nameOf(active, a.id)}.`,
            onDragOver: ({ over }) =>
              over ? `Over ${stageLabels[over.id as ApplicationStage]}.` : 'Not over a stage.',
            onDragEnd: ({ over }) =>
              over ? `Moved to ${stageLabels[over.id as ApplicationStage]}.` : 'Dropped.',
            onDragCancel: () => 'Move cancelled.',
          },
        }}
      >
        <ScrollArea type="auto" offsetScrollbars>
          <div className={classes.board}>
            {STAGES.map((stage) => (
              <Column
                key={stage}
                stage={stage}
                jobId={props.jobId}
                applications={active.filter((a) => a.stage === stage)}
                actions={actions}
                onReject={rejectDialog.open}
              />
            ))}
          </div>
        </ScrollArea>
      </DndContext>

      {decided.length > 0 && (
        <section aria-labelledby="decided">
          <Title order={2} size="h4" mt="xl" mb="sm" id="decided">
            Decided
          </Title>
          <Stack gap="xs">
            {decided.map((application) => (
              <Paper key={application.id} withBorder p="sm" data-testid="decided-card">
                <Group justify="space-between" gap="xs">
                  <Group gap="sm" wrap="nowrap">
                    <Avatar name={application.candidate.name} color="initials" size={32} />
                    <Anchor
                      component={Link}
                      to={`/employer/jobs/${props.jobId}/applications/${application.id}`}
                      fw={500}
                    >
                      {application.candidate.name}
                    </Anchor>
                    <Badge color={statusColors[application.status]} variant="light">
                      {statusLabels[application.status]}
                    </Badge>
                    {application.rejection?.reason && (
                      <Text size="xs" c="dimmed" visibleFrom="sm" truncate maw={300}>
                        {application.rejection.reason}
                      </Text>
                    )}
                  </Group>
                  <ReconsiderButton application={application} actions={actions} />
                </Group>
              </Paper>
            ))}
          </Stack>
        </section>
      )}

      {rejectDialog.dialog}
    </>
  );
}

function nameOf(applications: readonly ApplicationView[], id: string | number): string {
  return applications.find((a) => a.id === id)?.candidate.name ?? 'the applicant';
}

function Column(props: {
  stage: ApplicationStage;
  jobId: string;
  applications: readonly ApplicationView[];
  actions: ApplicationActions;
  onReject: (application: ApplicationView) => void;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: props.stage });
  return (
    <section
      ref={setNodeRef}
      className={classes.column}
      data-over={isOver || undefined}
      aria-labelledby={`stage-${props.stage}`}
      data-testid={`column-${props.stage}`}
    >
      <Group justify="space-between" mb="sm">
        <Text fw={600} size="sm" id={`stage-${props.stage}`}>
          {stageLabels[props.stage]}
        </Text>
        <Badge variant="default" size="sm">
          {props.applications.length}
        </Badge>
      </Group>
      <Stack gap="xs">
        {props.applications.map((application) => (
          <ApplicantCard
            key={application.id}
            application={application}
            jobId={props.jobId}
            actions={props.actions}
            onReject={props.onReject}
          />
        ))}
      </Stack>
    </section>
  );
}

function ApplicantCard(props: {
  application: ApplicationView;
  jobId: string;
  actions: ApplicationActions;
  onReject: (application: ApplicationView) => void;
}) {
  const { application, actions } = props;
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: application.id });
  const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined;

  return (
    <Card
      ref={setNodeRef}
      style={style}
      withBorder
      padding="sm"
      className={classes.card}
      data-dragging={isDragging || undefined}
      data-testid="applicant-card"
    >
      <Group gap={6} wrap="nowrap" align="flex-start">
        <button
          type="button"
          className={classes.handle}
          {...listeners}
          {...attributes}
          aria-label={`Drag ${application.candidate.name} to another stage`}
        >
          <IconGripVertical size={16} aria-hidden />
        </button>
        <div style={{ minWidth: 0, flex: 1 }}>
          <Anchor
            component={Link}
            to={`/employer/jobs/${props.jobId}/applications/${application.id}`}
            fw={600}
            size="sm"
            display="block"
            truncate
          >
            {application.candidate.name}
          </Anchor>
          <Text size="xs" c="dimmed">
            Applied {formatRelative(application.createdAt)}
            {!application.viewedAt && ' · new'}
          </Text>
        </div>
      </Group>
      <Group gap={6} mt="xs" justify="flex-end">
        <HireButton application={application} actions={actions} />
        <MoveMenu application={application} actions={actions} onReject={props.onReject} />
      </Group>
    </Card>
  );
}
