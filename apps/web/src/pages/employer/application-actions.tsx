import { Button, Group, Menu, Modal, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconChevronDown } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { readError } from '../../lib/app-error';
import { STAGES, stageLabels } from '../../lib/recruiting-format';
import type { ApplicationView } from '../../lib/router-types';
import { useTRPC } from '../../trpc';

/** The employer's decisions on an application, shared by the pipeline board and the applicant page. */
export function useApplicationActions(jobId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const key = trpc.jobs.pipeline.queryKey({ jobId });
  // The board and the applicant page (cached under applications.*) both show the changed state.
  const onSettled = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: key }),
      queryClient.invalidateQueries({ queryKey: trpc.applications.pathKey() }),
    ]);
  const onError = (error: unknown) =>
    notifications.show({
      color: 'red',
      icon: <IconAlertCircle />,
      title: 'Not changed',
      message: readError(error).message,
    });
  const move = useMutation(
    trpc.applications.move.mutationOptions({
      // The card lands in its new column at once; a refusal puts it back on refetch.
      onMutate: async ({ applicationId, stage }) => {
        await queryClient.cancelQueries({ queryKey: key });
        queryClient.setQueryData(
          key,
          (old) =>
            old && {
              ...old,
              applications: old.applications.map((a) => (a.id === applicationId ? { ...a, stage } : a)),
            },
        );
      },
      onError,
      onSettled,
    }),
  );
  const reject = useMutation(trpc.applications.reject.mutationOptions({ onError, onSettled }));
  const unreject = useMutation(trpc.applications.unreject.mutationOptions({ onError, onSettled }));
  const hire = useMutation(trpc.applications.hire.mutationOptions({ onError, onSettled }));
  return { move, reject, unreject, hire };
}

export type ApplicationActions = ReturnType<typeof useApplicationActions>;

type ButtonSize = 'compact-xs' | 'sm';

/** "Move to" menu for an active application: every other stage, then Reject…. */
export function MoveMenu(props: {
  application: ApplicationView;
  actions: ApplicationActions;
  onReject: (application: ApplicationView) => void;
  size?: ButtonSize;
}) {
  const { application, actions } = props;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          size={props.size ?? 'compact-xs'}
          variant="default"
          rightSection={<IconChevronDown size={12} />}
          aria-label={`Move ${application.candidate.name} to…`}
        >
          Move to
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {STAGES.filter((stage) => stage !== application.stage).map((stage) => (
          <Menu.Item
            key={stage}
            onClick={() => actions.move.mutate({ applicationId: application.id, stage })}
          >
            {stageLabels[stage]}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item color="red" onClick={() => props.onReject(application)}>
          Reject…
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** Shown only for an active application in the offer stage. */
export function HireButton(props: {
  application: ApplicationView;
  actions: ApplicationActions;
  size?: ButtonSize;
}) {
  const { application, actions } = props;
  if (application.status !== 'active' || application.stage !== 'offer') return null;
  return (
    <Button
      size={props.size ?? 'compact-xs'}
      color="teal"
      loading={actions.hire.isPending && actions.hire.variables?.applicationId === application.id}
      onClick={() => actions.hire.mutate({ applicationId: application.id })}
    >
      Hire
    </Button>
  );
}

/** Only an employer's own rejection can be taken back (a withdrawal is the candidate's). */
export function ReconsiderButton(props: {
  application: ApplicationView;
  actions: ApplicationActions;
  size?: 'xs' | 'sm';
}) {
  const { application, actions } = props;
  if (application.status !== 'rejected' || application.rejection?.decidedBy !== 'employer') return null;
  return (
    <Button
      size={props.size ?? 'xs'}
      variant="light"
      loading={actions.unreject.isPending && actions.unreject.variables?.applicationId === application.id}
      onClick={() => actions.unreject.mutate({ applicationId: application.id })}
    >
      Reconsider
    </Button>
  );
}

/** The reject-with-reason dialog: `open(application)` shows it, render `dialog` once. */
export function useRejectDialog(actions: ApplicationActions) {
  const [rejecting, setRejecting] = useState<ApplicationView | null>(null);
  const [reason, setReason] = useState('');

  const open = (application: ApplicationView) => {
    setReason('');
    setRejecting(application);
  };

  const dialog = (
    <Modal
      opened={rejecting !== null}
      onClose={() => setRejecting(null)}
      title={rejecting ? `Reject ${rejecting.candidate.name}?` : ''}
      centered
    >
      <Textarea
        label="Reason"
        description="The candidate sees this. Be kind and specific."
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        maxLength={1000}
        autosize
        minRows={3}
        data-autofocus
      />
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={() => setRejecting(null)}>
          Cancel
        </Button>
        <Button
          color="red"
          loading={actions.reject.isPending}
          onClick={() =>
            rejecting &&
            actions.reject.mutate(
              { applicationId: rejecting.id, reason },
              { onSuccess: () => setRejecting(null) },
            )
          }
        >
          Reject
        </Button>
      </Group>
    </Modal>
  );

  return { open, dialog };
}
