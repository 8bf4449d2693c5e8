import {
  type Announcements,
  type CollisionDetection,
  closestCenter,
  DndContext,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  KeyboardSensor,
  PointerSensor,
  useDroppable,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Menu,
  Modal,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconAlertCircle,
  IconDots,
  IconEdit,
  IconGripVertical,
  IconPlus,
  IconTrash,
} from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { readError } from '../../lib/app-error';
import { formatClock, lessonKindLabels, plural } from '../../lib/learning-format';
import type { StudioCourse, StudioLesson, StudioSection } from '../../lib/router-types';
import { useTRPC } from '../../trpc';
import { LessonKindIcon } from '../courses/lesson-icons';
import { LessonFormModal, type LessonPayload } from './lesson-form-modal';
import { useStoreStudioCourse } from './studio-cache';
import classes from './syllabus-editor.module.css';

/** The syllabus as ids only: what dragging rearranges before the server confirms it. */
type Layout = { id: string; lessonIds: string[] }[];
type DragKind = 'section' | 'lesson';

const layoutOf = (course: StudioCourse): Layout =>
  course.sections.map((section) => ({ id: section.id, lessonIds: section.lessons.map((l) => l.id) }));

const sectionOfLesson = (layout: Layout, lessonId: string) =>
  layout.find((section) => section.lessonIds.includes(lessonId));

const listId = (sectionId: string) => `list:${sectionId}`;

/** The dialogs the editor opens, one at a time. */
type Dialog =
  | { kind: 'add-lesson'; section: StudioSection }
  | { kind: 'edit-lesson'; section: StudioSection; lesson: StudioLesson }
  | { kind: 'remove-lesson'; lesson: StudioLesson }
  | { kind: 'rename-section'; section: StudioSection }
  | { kind: 'remove-section'; section: StudioSection };

function notifyError(error: unknown) {
  notifications.show({ color: 'red', icon: <IconAlertCircle />, message: readError(error).message });
}

export function SyllabusEditor(props: { course: StudioCourse; readOnly: boolean }) {
  const { course, readOnly } = props;
  const courseId = course.id;
  const trpc = useTRPC();
  const store = useStoreStudioCourse();
  const serverLayout = useMemo(() => layoutOf(course), [course]);
  const [layout, setLayout] = useState(serverLayout);
  const [dragging, setDragging] = useState<DragKind | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const origin = useRef<Layout>(serverLayout);
  // Drag handlers read the layout as it is now, including moves made earlier in the same drag.
  const latest = useRef(layout);
  latest.current = layout;
  // The lesson beside which a dragged lesson crossed into another section: it is placed there already.
  const crossedBeside = useRef<string | null>(null);

  // A fresh answer from the server is the truth again (after a save, or a failed one).
  useEffect(() => setLayout(serverLayout), [serverLayout]);

  const revert = (error: unknown) => {
    setLayout(serverLayout);
    notifyError(error);
  };
  const reorderSections = useMutation(
    trpc.studio.reorderSections.mutationOptions({ onSuccess: store, onError: revert }),
  );
  const moveLesson = useMutation(
    trpc.studio.moveLesson.mutationOptions({ onSuccess: store, onError: revert }),
  );
  const addLesson = useMutation(trpc.studio.addLesson.mutationOptions({ onSuccess: store }));
  const editLesson = useMutation(trpc.studio.editLesson.mutationOptions({ onSuccess: store }));

  const sections = useMemo(() => new Map(course.sections.map((s) => [s.id, s])), [course]);
  const lessons = useMemo(
    () => new Map(course.sections.flatMap((s) => s.lessons).map((l) => [l.id, l])),
    [course],
  );

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  // Sections land among sections; lessons among lessons, or in an empty section's drop area.
  const collisionDetection: CollisionDetection = (args) => {
    const kind = args.active.data.current?.type as DragKind | undefined;
    const droppableContainers = args.droppableContainers.filter((container) => {
      const type = container.data.current?.type;
      return kind === 'section' ? type === 'section' : type === 'lesson' || type === 'lesson-list';
    });
    return closestCenter({ ...args, droppableContainers });
  };

  /** Shows a rearranged layout; the handlers of the same drag see it before React re-renders. */
  function move(next: Layout) {
    latest.current = next;
    setLayout(next);
  }

  function onDragStart(event: DragStartEvent) {
    origin.current = latest.current;
    crossedBeside.current = null;
    setDragging((event.active.data.current?.type as DragKind | undefined) ?? null);
  }

  // A lesson crossing into another section moves there at once, so the list opens a gap for it.
  function onDragOver(event: DragOverEvent) {
    const { active, over } = event;
    if (!over || active.data.current?.type !== 'lesson') return;
    const lessonId = String(active.id);
    const overId = String(over.id);
    const layoutNow = latest.current;
    const from = sectionOfLesson(layoutNow, lessonId);
    const to =
      over.data.current?.type === 'lesson'
        ? sectionOfLesson(layoutNow, overId)
        : layoutNow.find((s) => s.id === over.data.current?.sectionId);
    if (!from || !to || from.id === to.id) return;
    const overIndex = to.lessonIds.indexOf(overId);
    // A pointer lands above or below the lesson it is over; the keyboard enters a section from the side
    // it comes from (after the last lesson when moving up, before the first when moving down).
    const translated = active.rect.current.translated;
    const below =
      event.activatorEvent instanceof KeyboardEvent
        ? layoutNow.indexOf(from) > layoutNow.indexOf(to)
        : Boolean(translated && translated.top > over.rect.top + over.rect.height / 2);
    const index = overIndex < 0 ? to.lessonIds.length : overIndex + (below ? 1 : 0);
    crossedBeside.current = overId;
    move(
      layoutNow.map((section) => {
        if (section.id === from.id) {
          return { ...section, lessonIds: section.lessonIds.filter((id) => id !== lessonId) };
        }
        if (section.id !== to.id) return section;
        const lessonIds = [...section.lessonIds];
        lessonIds.splice(index, 0, lessonId);
        return { ...section, lessonIds };
      }),
    );
  }

  function onDragEnd(event: DragEndEvent) {
    setDragging(null);
    const { active, over } = event;
    const activeId = String(active.id);
    const overId = over ? String(over.id) : null;
    if (active.data.current?.type === 'section') {
      if (!overId || overId === activeId) return;
      const ids = latest.current.map((s) => s.id);
      const next = arrayMove(ids, ids.indexOf(activeId), ids.indexOf(overId));
      move(next.map((id) => latest.current.find((s) => s.id === id) ?? { id, lessonIds: [] }));
      reorderSections.mutate({ courseId, sectionIds: next });
      return;
    }
    const section = sectionOfLesson(latest.current, activeId);
    if (!section) return;
    let lessonIds = section.lessonIds;
    // Dropped beside another lesson of its section: take that place, unless crossing there placed it already.
    if (
      overId &&
      overId !== activeId &&
      overId !== crossedBeside.current &&
      over?.data.current?.type === 'lesson' &&
      lessonIds.includes(overId)
    ) {
      lessonIds = arrayMove(lessonIds, lessonIds.indexOf(activeId), lessonIds.indexOf(overId));
      move(latest.current.map((s) => (s.id === section.id ? { ...s, lessonIds } : s)));
    }
    const position = lessonIds.indexOf(activeId);
    const before = sectionOfLesson(origin.current, activeId);
    if (before?.id === section.id && before.lessonIds.indexOf(activeId) === position) return;
    moveLesson.mutate({ courseId, lessonId: activeId, toSectionId: section.id, position });
  }

  function onDragCancel() {
    setDragging(null);
    setLayout(origin.current);
  }

  const nameOf = (id: string | number) =>
    sections.get(String(id))?.title ?? lessons.get(String(id))?.title ?? 'the item';
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${nameOf(active.id)}.`,
    onDragOver: ({ over }) => {
      if (!over) return 'Not over a place to drop.';
      const type = over.data.current?.type;
      const sectionName = nameOf(over.data.current?.sectionId ?? over.id);
      if (type === 'lesson') return `Over ${nameOf(over.id)}, in ${sectionName}.`;
      if (type === 'lesson-list') return `Over the empty section ${sectionName}.`;
      return `Over section ${sectionName}.`;
    },
    onDragEnd: ({ active, over }) =>
      over ? `Dropped ${nameOf(active.id)}.` : `${nameOf(active.id)} put back.`,
    onDragCancel: ({ active }) => `Moving ${nameOf(active.id)} was cancelled; it is back where it was.`,
  };

  const saving = reorderSections.isPending || moveLesson.isPending;

  return (
    <Stack gap="md">
      {layout.length === 0 && (
        <Paper withBorder p="lg" ta="center">
          <Text fw={600}>No sections yet</Text>
          <Text size="sm" c="dimmed">
            Sections group the lessons, like chapters. Add the first one below.
          </Text>
        </Paper>
      )}
      <DndContext
        sensors={sensors}
        collisionDetection={collisionDetection}
        onDragStart={onDragStart}
        onDragOver={onDragOver}
        onDragEnd={onDragEnd}
        onDragCancel={onDragCancel}
        accessibility={{ announcements }}
      >
        <SortableContext items={layout.map((s) => s.id)} strategy={verticalListSortingStrategy}>
          <Stack gap="md" aria-busy={saving}>
            {layout.map((entry, index) => {
              const section = sections.get(entry.id);
              if (!section) return null;
              return (
                <SectionCard
                  key={entry.id}
                  section={section}
                  position={index + 1}
                  lessons={entry.lessonIds.flatMap((id) => lessons.get(id) ?? [])}
                  dragging={dragging}
                  readOnly={readOnly}
                  onDialog={setDialog}
                />
              );
            })}
          </Stack>
        </SortableContext>
      </DndContext>

      {!readOnly && <AddSectionForm courseId={courseId} />}

      <LessonFormModal
        opened={dialog?.kind === 'add-lesson' || dialog?.kind === 'edit-lesson'}
        onClose={() => setDialog(null)}
        sectionTitle={dialog && 'section' in dialog ? dialog.section.title : ''}
        lesson={dialog?.kind === 'edit-lesson' ? dialog.lesson : undefined}
        onSubmit={(lesson: LessonPayload) => {
          if (dialog?.kind === 'edit-lesson') {
            return editLesson.mutateAsync({ courseId, lessonId: dialog.lesson.id, lesson });
          }
          if (dialog?.kind === 'add-lesson') {
            return addLesson.mutateAsync({ courseId, sectionId: dialog.section.id, lesson });
          }
          return Promise.resolve();
        }}
      />
      <RemoveLessonDialog
        courseId={courseId}
        lesson={dialog?.kind === 'remove-lesson' ? dialog.lesson : undefined}
        onClose={() => setDialog(null)}
      />
      <RenameSectionDialog
        courseId={courseId}
        section={dialog?.kind === 'rename-section' ? dialog.section : undefined}
        onClose={() => setDialog(null)}
      />
      <RemoveSectionDialog
        courseId={courseId}
        section={dialog?.kind === 'remove-section' ? dialog.section : undefined}
        onClose={() => setDialog(null)}
      />
    </Stack>
  );
}

function SectionCard(props: {
  section: StudioSection;
  position: number;
  lessons: StudioLesson[];
  dragging: DragKind | null;
  readOnly: boolean;
  onDialog: (dialog: Dialog) => void;
}) {
  const { section, lessons, readOnly } = props;
  const sortable = useSortable({
    id: section.id,
    data: { type: 'section' },
    disabled: { draggable: readOnly, droppable: props.dragging === 'lesson' },
  });
  const titleId = `studio-section-${section.id}`;

  return (
    <Paper
      ref={sortable.setNodeRef}
      withBorder
      p={{ base: 'sm', sm: 'md' }}
      component="section"
      aria-labelledby={titleId}
      className={sortable.isDragging ? classes.dragging : undefined}
      style={{ transform: CSS.Translate.toString(sortable.transform), transition: sortable.transition }}
      data-testid="studio-section"
    >
      <Group justify="space-between" gap="xs" wrap="nowrap" mb="sm">
        <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
          {!readOnly && (
            <button
              type="button"
              className={classes.handle}
              {...sortable.attributes}
              {...sortable.listeners}
              aria-label={`Drag section ${section.title} to reorder it`}
            >
              <IconGripVertical size={18} aria-hidden />
            </button>
          )}
          <div style={{ minWidth: 0 }}>
            <Title order={3} size="h5" id={titleId} lineClamp={2}>
              {props.position}. {section.title}
            </Title>
            <Text size="xs" c="dimmed">
              {plural(lessons.length, 'lesson')}
            </Text>
          </div>
        </Group>
        {!readOnly && (
          <Group gap={4} wrap="nowrap">
            <Button
              size="compact-sm"
              variant="light"
              leftSection={<IconPlus size={14} />}
              onClick={() => props.onDialog({ kind: 'add-lesson', section })}
              aria-label={`Add a lesson to ${section.title}`}
            >
              Lesson
            </Button>
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={`More actions for section ${section.title}`}
                >
                  <IconDots size={16} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item
                  leftSection={<IconEdit size={14} />}
                  onClick={() => props.onDialog({ kind: 'rename-section', section })}
                >
                  Rename section
                </Menu.Item>
                <Menu.Item
                  color="red"
                  leftSection={<IconTrash size={14} />}
                  onClick={() => props.onDialog({ kind: 'remove-section', section })}
                >
                  Remove section
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        )}
      </Group>
      <LessonList
        section={section}
        lessons={lessons}
        dragging={props.dragging}
        readOnly={readOnly}
        onDialog={props.onDialog}
      />
    </Paper>
  );
}

function LessonList(props: {
  section: StudioSection;
  lessons: StudioLesson[];
  dragging: DragKind | null;
  readOnly: boolean;
  onDialog: (dialog: Dialog) => void;
}) {
  const { section, lessons } = props;
  // Only an empty section needs its own drop area; otherwise its lessons are the targets.
  const droppable = useDroppable({
    id: listId(section.id),
    data: { type: 'lesson-list', sectionId: section.id },
    disabled: props.dragging !== 'lesson' || lessons.length > 0,
  });

  return (
    <SortableContext items={lessons.map((l) => l.id)} strategy={verticalListSortingStrategy}>
      {lessons.length === 0 ? (
        <div
          ref={droppable.setNodeRef}
          className={classes.emptyList}
          data-over={droppable.isOver || undefined}
        >
          <Text size="sm" c="dimmed">
            {props.readOnly ? 'No lessons.' : 'No lessons yet: add one, or drag a lesson here.'}
          </Text>
        </div>
      ) : (
        <Stack
          gap={6}
          component="ol"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={`Lessons of ${section.title}`}
        >
          {lessons.map((lesson) => (
            <LessonRow
              key={lesson.id}
              lesson={lesson}
              section={section}
              dragging={props.dragging}
              readOnly={props.readOnly}
              onDialog={props.onDialog}
            />
          ))}
        </Stack>
      )}
    </SortableContext>
  );
}

function LessonRow(props: {
  lesson: StudioLesson;
  section: StudioSection;
  dragging: DragKind | null;
  readOnly: boolean;
  onDialog: (dialog: Dialog) => void;
}) {
  const { lesson, section, readOnly } = props;
  const sortable = useSortable({
    id: lesson.id,
    data: { type: 'lesson', sectionId: section.id },
    disabled: { draggable: readOnly, droppable: props.dragging === 'section' },
  });
  const content = lesson.content;
  const meta = [
    lessonKindLabels[content.kind],
    content.kind === 'video' ? formatClock(content.durationSeconds) : undefined,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <Paper
      ref={sortable.setNodeRef}
      component="li"
      withBorder
      px="sm"
      py={8}
      className={`${classes.lesson} ${sortable.isDragging ? classes.dragging : ''}`}
      style={{ transform: CSS.Translate.toString(sortable.transform), transition: sortable.transition }}
      data-testid="studio-lesson"
    >
      <Group gap="xs" wrap="nowrap">
        {!readOnly && (
          <button
            type="button"
            className={classes.handle}
            {...sortable.attributes}
            {...sortable.listeners}
            aria-label={`Drag lesson ${lesson.title} to move it`}
          >
            <IconGripVertical size={16} aria-hidden />
          </button>
        )}
        <LessonKindIcon kind={content.kind} size={24} />
        <div style={{ flex: 1, minWidth: 0 }}>
          <Text size="sm" fw={500} lineClamp={2}>
            {lesson.title}
          </Text>
          <Text size="xs" c="dimmed">
            {meta}
          </Text>
        </div>
        {!lesson.required && (
          <Badge variant="light" color="gray" size="sm" visibleFrom="xs">
            Optional
          </Badge>
        )}
        {!readOnly && (
          <Group gap={2} wrap="nowrap">
            <Tooltip label="Edit lesson" openDelay={300}>
              <ActionIcon
                variant="subtle"
                color="gray"
                onClick={() => props.onDialog({ kind: 'edit-lesson', section, lesson })}
                aria-label={`Edit lesson ${lesson.title}`}
              >
                <IconEdit size={16} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label="Remove lesson" openDelay={300}>
              <ActionIcon
                variant="subtle"
                color="red"
                onClick={() => props.onDialog({ kind: 'remove-lesson', lesson })}
                aria-label={`Remove lesson ${lesson.title}`}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        )}
      </Group>
    </Paper>
  );
}

function AddSectionForm(props: { courseId: string }) {
  const trpc = useTRPC();
  const store = useStoreStudioCourse();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = useMutation(
    trpc.studio.addSection.mutationOptions({
      onSuccess: (course) => {
        store(course);
        setTitle('');
        setError(null);
      },
      onError: (problem) => {
        const readable = readError(problem);
        setError(readable.fields.title ?? readable.message);
      },
    }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) {
      setError('Enter a section title.');
      return;
    }
    add.mutate({ courseId: props.courseId, title: title.trim() });
  }

  return (
    <form onSubmit={submit} aria-label="Add a section" noValidate>
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <TextInput
          flex={1}
          aria-label="New section title"
          placeholder="New section title, e.g. Getting started"
          value={title}
          onChange={(event) => {
            setTitle(event.currentTarget.value);
            setError(null);
          }}
          error={error}
        />
        <Button type="submit" variant="default" leftSection={<IconPlus size={16} />} loading={add.isPending}>
          Add section
        </Button>
      </Group>
    </form>
  );
}

function RenameSectionDialog(props: {
  courseId: string;
  section: StudioSection | undefined;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const store = useStoreStudioCourse();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const rename = useMutation(trpc.studio.renameSection.mutationOptions({ onSuccess: store }));
  const section = props.section;

  useEffect(() => {
    setTitle(section?.title ?? '');
    setError(null);
  }, [section]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!section) return;
    if (!title.trim()) {
      setError('Enter a section title.');
      return;
    }
    try {
      await rename.mutateAsync({ courseId: props.courseId, sectionId: section.id, title: title.trim() });
      props.onClose();
    } catch (problem) {
      const readable = readError(problem);
      setError(readable.fields.title ?? readable.message);
    }
  }

  return (
    <Modal opened={Boolean(section)} onClose={props.onClose} title="Rename section">
      <form onSubmit={submit} noValidate aria-label="Rename section">
        <Stack gap="md">
          <TextInput
            label="Section title"
            required
            data-autofocus
            value={title}
            onChange={(event) => {
              setTitle(event.currentTarget.value);
              setError(null);
            }}
            error={error}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={props.onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={rename.isPending}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function ConfirmDialog(props: {
  opened: boolean;
  title: string;
  children: React.ReactNode;
  confirmLabel: string;
  loading: boolean;
  error: string | null;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} centered>
      <Stack gap="md">
        <Text size="sm">{props.children}</Text>
        {props.error && (
          <Text size="sm" c="red" role="alert">
            {props.error}
          </Text>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={props.onClose}>
            Cancel
          </Button>
          <Button color="red" onClick={props.onConfirm} loading={props.loading}>
            {props.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function RemoveLessonDialog(props: {
  courseId: string;
  lesson: StudioLesson | undefined;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const store = useStoreStudioCourse();
  const remove = useMutation(
    trpc.studio.removeLesson.mutationOptions({
      onSuccess: (course) => {
        store(course);
        props.onClose();
      },
    }),
  );
  const lesson = props.lesson;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new dialog starts without the last error
  useEffect(() => remove.reset(), [lesson]);
  return (
    <ConfirmDialog
      opened={Boolean(lesson)}
      title="Remove this lesson?"
      confirmLabel="Remove lesson"
      loading={remove.isPending}
      error={remove.error ? readError(remove.error).message : null}
      onClose={props.onClose}
      onConfirm={() => lesson && remove.mutate({ courseId: props.courseId, lessonId: lesson.id })}
    >
      “{lesson?.title}” and its content are deleted. Learners’ progress on it stops counting.
    </ConfirmDialog>
  );
}

function RemoveSectionDialog(props: {
  courseId: string;
  section: StudioSection | undefined;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const store = useStoreStudioCourse();
  const remove = useMutation(
    trpc.studio.removeSection.mutationOptions({
      onSuccess: (course) => {
        store(course);
        props.onClose();
      },
    }),
  );
  const section = props.section;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new dialog starts without the last error
  useEffect(() => remove.reset(), [section]);
  return (
    <ConfirmDialog
      opened={Boolean(section)}
      title="Remove this section?"
      confirmLabel="Remove section"
      loading={remove.isPending}
      error={remove.error ? readError(remove.error).message : null}
      onClose={props.onClose}
      onConfirm={() => section && remove.mutate({ courseId: props.courseId, sectionId: section.id })}
    >
      {section && section.lessons.length > 0
        ? `“${section.title}” and its ${plural(section.lessons.length, 'lesson')} are deleted. Learners’ progress on them stops counting.`
        : `“${section?.title}” is deleted.`}
    </ConfirmDialog>
  );
}
