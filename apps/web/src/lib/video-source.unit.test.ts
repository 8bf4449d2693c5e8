import { describe, expect, it } from 'vitest';
import { videoSource } from './video-source';

describe('videoSource', () => {
  it.each([
    ['https://www.youtube.com/watch?v=dpw9EHDh2bM', 'https://www.youtube-nocookie.com/embed/dpw9EHDh2bM'],
    ['https://youtube.com/watch?v=dpw9EHDh2bM&list=x', 'https://www.youtube-nocookie.com/embed/dpw9EHDh2bM'],
    ['https://m.youtube.com/watch?v=dpw9EHDh2bM', 'https://www.youtube-nocookie.com/embed/dpw9EHDh2bM'],
    ['https://youtu.be/dpw9EHDh2bM', 'https://www.youtube-nocookie.com/embed/dpw9EHDh2bM'],
    ['https://www.youtube.com/embed/dpw9EHDh2bM', 'https://www.youtube-nocookie.com/embed/dpw9EHDh2bM'],
    ['https://www.youtube.com/shorts/dpw9EHDh2bM', 'https://www.youtube-nocookie.com/embed/dpw9EHDh2bM'],
    ['https://youtu.be/dpw9EHDh2bM?t=90', 'https://www.youtube-nocookie.com/embed/dpw9EHDh2bM?start=90'],
    [
      'https://www.youtube.com/watch?v=dpw9EHDh2bM&t=1m30s',
      'https://www.youtube-nocookie.com/embed/dpw9EHDh2bM?start=90',
    ],
  ])('Given the YouTube link %s, When reading it, Then it embeds %s', (url, embedUrl) => {
    expect(videoSource(url)).toEqual({ kind: 'youtube', embedUrl });
  });

  it('Given a YouTube link whose id is not an id, When reading it, Then it only links out (nothing of it reaches an iframe)', () => {
    expect(videoSource('https://www.youtube.com/watch?v=abc"><script>')).toMatchObject({ kind: 'link' });
    expect(videoSource('https://youtu.be/short')).toMatchObject({ kind: 'link' });
  });

  it('Given a look-alike host, When reading it, Then it is not treated as YouTube', () => {
    expect(videoSource('https://youtube.com.evil.example/watch?v=dpw9EHDh2bM')).toMatchObject({
      kind: 'link',
    });
  });

  it.each(['https://cdn.example.com/lessons/intro.mp4', 'https://cdn.example.com/a/b.WEBM'])(
    'Given a direct file %s, When reading it, Then it plays in a video element',
    (url) => {
      expect(videoSource(url)).toEqual({ kind: 'file', url });
    },
  );

  it('Given any other page, When reading it, Then it links out', () => {
    expect(videoSource('https://www.infoq.com/presentations/Simple-Made-Easy/')).toEqual({
      kind: 'link',
      url: 'https://www.infoq.com/presentations/Simple-Made-Easy/',
    });
  });

  it('Given a non-http URL, When reading it, Then it is never embedded or played', () => {
    expect(videoSource('javascript:alert(1)//.mp4')).toMatchObject({ kind: 'link' });
    expect(videoSource('not a url')).toMatchObject({ kind: 'link' });
  });
});
