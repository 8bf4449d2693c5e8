/** How the player shows a video lesson's URL. */
export type VideoSource =
  | { readonly kind: 'youtube'; readonly embedUrl: string }
  | { readonly kind: 'file'; readonly url: string }
  | { readonly kind: 'link'; readonly url: string };

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const YOUTUBE_HOSTS = new Set(['youtube.com', 'm.youtube.com', 'youtube-nocookie.com', 'music.youtube.com']);

/**
 * YouTube links become a privacy-enhanced (youtube-nocookie) embed we build ourselves, so an author's
 * URL never reaches an iframe as written; direct .mp4/.webm files play in <video>; the rest link out.
 */
export function videoSource(raw: string): VideoSource {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { kind: 'link', url: raw };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { kind: 'link', url: raw };
  const id = youtubeId(url);
  if (id) {
    const start = startSeconds(url.searchParams.get('t') ?? url.searchParams.get('start'));
    const query = start ? `?start=${start}` : '';
    return { kind: 'youtube', embedUrl: `https://www.youtube-nocookie.com/embed/${id}${query}` };
  }
  if (/\.(mp4|webm)$/i.test(url.pathname)) return { kind: 'file', url: url.href };
  return { kind: 'link', url: url.href };
}

function youtubeId(url: URL): string | undefined {
  const host = url.hostname.replace(/^www\./, '');
  const segments = url.pathname.split('/').filter(Boolean);
  let candidate: string | null | undefined;
  if (host === 'youtu.be') candidate = segments[0];
  else if (YOUTUBE_HOSTS.has(host)) {
    candidate =
      segments[0] === 'watch'
        ? url.searchParams.get('v')
        : ['embed', 'shorts', 'live', 'v'].includes(segments[0] ?? '')
          ? segments[1]
          : undefined;
  }
  return candidate && YOUTUBE_ID.test(candidate) ? candidate : undefined;
}

/** "90", "90s", "1m30s", "1h2m3s" → seconds. */
function startSeconds(value: string | null): number | undefined {
  if (!value) return undefined;
  const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(value);
  if (!match) return undefined;
  const [, h = '0', m = '0', s = '0'] = match;
  const total = Number(h) * 3600 + Number(m) * 60 + Number(s);
  return total > 0 ? total : undefined;
}
