import { Alert, Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { readError } from '../../lib/app-error';
import { focusFirstError } from '../../lib/focus-first-error';
import { COMPANY_SIZES, companySizeLabels } from '../../lib/recruiting-format';
import type { CompanySize } from '../../lib/router-types';

export interface CompanyFormValues {
  name: string;
  slug: string;
  description: string;
  website: string;
  location: string;
  size: CompanySize;
  logoUrl: string;
}

const fieldOrder = ['name', 'slug', 'description', 'website', 'location', 'size', 'logoUrl'] as const;

/** "Acme Robotics GmbH" → "acme-robotics-gmbh": lower case, ASCII letters and digits, single dashes. */
export function suggestSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

const isUrl = (value: string) => !value.trim() || /^https?:\/\/\S+$/.test(value.trim());

export function CompanyForm(props: {
  initial?: CompanyFormValues;
  submitLabel: string;
  onSubmit: (values: CompanyFormValues) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const [serverError, setServerError] = useState<string | null>(null);
  // Until the slug is typed by hand, it follows the name.
  const [slugTouched, setSlugTouched] = useState(Boolean(props.initial));
  const form = useForm<CompanyFormValues>({
    initialValues: props.initial ?? {
      name: '',
      slug: '',
      description: '',
      website: '',
      location: '',
      size: '1-10',
      logoUrl: '',
    },
    validateInputOnBlur: true,
    validate: {
      name: (v) =>
        v.trim() ? (v.length > 100 ? 'Use at most 100 characters.' : null) : 'Enter the company name.',
      slug: (v) =>
        /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v) ? null : 'Use lower-case letters, digits and single dashes.',
      website: (v) => (isUrl(v) ? null : 'Enter a link that starts with https://'),
      logoUrl: (v) => (isUrl(v) ? null : 'Enter a link that starts with https://'),
    },
  });

  const handleSubmit = form.onSubmit(
    async (values) => {
      setServerError(null);
      try {
        await props.onSubmit(values);
      } catch (error) {
        const problem = readError(error);
        setServerError(problem.message);
        form.setErrors(problem.fields);
        focusFirstError(fieldOrder, problem.fields, form.getInputNode);
      }
    },
    (errors) => focusFirstError(fieldOrder, errors, form.getInputNode),
  );

  const nameProps = form.getInputProps('name');
  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Company profile">
      <Stack gap="md">
        {serverError && (
          <Alert color="red" icon={<IconAlertCircle />} role="alert">
            {serverError}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Company name"
            required
            {...nameProps}
            onChange={(event) => {
              const name = event.currentTarget.value;
              form.setFieldValue('name', name);
              if (!slugTouched) form.setFieldValue('slug', suggestSlug(name));
            }}
          />
          <TextInput
            label="Company address"
            description={`talentsphere/companies/${form.values.slug || '…'}`}
            required
            {...form.getInputProps('slug')}
            onChange={(event) => {
              setSlugTouched(true);
              form.setFieldValue('slug', event.currentTarget.value.toLowerCase());
            }}
          />
          <TextInput label="Location" placeholder="Berlin, Germany" {...form.getInputProps('location')} />
          <Select
            label="Size"
            data={COMPANY_SIZES.map((size) => ({ value: size, label: companySizeLabels[size] }))}
            allowDeselect={false}
            {...form.getInputProps('size')}
          />
          <TextInput label="Website" placeholder="https://…" {...form.getInputProps('website')} />
          <TextInput label="Logo URL" placeholder="https://…/logo.png" {...form.getInputProps('logoUrl')} />
        </SimpleGrid>
        <Textarea
          label="About the company"
          description="Markdown is supported."
          autosize
          minRows={4}
          maxRows={14}
          {...form.getInputProps('description')}
        />
        <Group justify="flex-end">
          {props.onCancel && (
            <Button variant="default" onClick={props.onCancel}>
              Cancel
            </Button>
          )}
          <Button type="submit" loading={form.submitting}>
            {props.submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function toCompanyInput(values: CompanyFormValues) {
  return {
    name: values.name.trim(),
    slug: values.slug.trim(),
    description: values.description,
    website: values.website.trim() || null,
    location: values.location.trim(),
    size: values.size,
    logoUrl: values.logoUrl.trim() || null,
  };
}
