import { Container, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function AuthCard(props: { title: string; subtitle: ReactNode; children: ReactNode }) {
  return (
    <Container size={460} w="100%" py={{ base: 32, sm: 64 }}>
      <Title order={1} size="h2" ta="center">
        {props.title}
      </Title>
      <Text c="dimmed" size="sm" ta="center" mt={6}>
        {props.subtitle}
      </Text>
      <Paper withBorder shadow="sm" p={{ base: 'lg', sm: 30 }} mt="xl">
        {props.children}
      </Paper>
    </Container>
  );
}
