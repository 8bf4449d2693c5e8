import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = process.env.API_URL ?? 'http://localhost:3000';

// In dev, Vite serves the app and forwards API calls, so the refresh cookie stays first-party.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/trpc': api, '/health': api },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    // Vendor code changes rarely: separate chunks stay cached across app deploys.
    rollupOptions: {
      output: {
        manualChunks: {
          react: ['react', 'react-dom', 'react-router'],
          mantine: ['@mantine/core', '@mantine/hooks', '@mantine/form', '@mantine/notifications'],
          data: ['@tanstack/react-query', '@trpc/client', '@trpc/tanstack-react-query'],
        },
      },
    },
  },
});
