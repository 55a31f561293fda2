/**
 * A prompt to an AI assistant publishes nothing (refuses.ts): no person
 * receives it, whatever its words.
 */
import { isRecord } from '../body';
import type { ParsedBody } from '../types';
import { hasField } from './body-fields';
import { lastSegment } from './paths';
import { MESSAGE_FIELD, TARGET_FIELD } from './words';

/**
 * A prompt to an AI assistant, which no person receives:
 * - a role-tagged transcript, with or without a model named: `messages`
 *   (OpenAI's chat completions, the Vercel AI SDK's /api/chat, Chatbase's
 *   widget), `input` (OpenAI's Responses API) or `contents` (Gemini) whose
 *   items carry a `role` of user, system, assistant, developer or model
 *   (ChatGPT's `author.role`);
 * - a prompt field (`prompt`, `instructions`, `input`, `inputs`, `query_str`,
 *   `messageInput`, or `message` when no recipient or listing is named) beside a model named at the top or
 *   one level down (`model`, `modelName`, `model_preference`: Cohere, Grok,
 *   Mistral's Le Chat, Perplexity), or sent to a completion endpoint
 *   (claude.ai's …/chat_conversations/{id}/completion) or under an AI
 *   helper's segment (a scheduler's …/ai/caption, …/assistant/hashtags:
 *   review of round sc1, M2).
 * A caption, title, body or description beside it is what a person
 * publishes (an AI-art share: `{ model, prompt, caption }` on /api/posts):
 * then it is a post.
 */
const ASSISTANT_ROLES = new Set(['user', 'system', 'assistant', 'developer', 'model']);
const TRANSCRIPT_KEYS = ['messages', 'input', 'contents'];
const PROMPT_KEYS = ['prompt', 'instructions', 'input', 'inputs', 'query_str', 'messageInput', 'message'];
const MODEL_KEY = /^(?:model|model_?name|modelName|model_?id|modelId|model_?preference|modelPreference)$/;
const PUBLISHED_BESIDE_PROMPT = /^(?:caption|title|body|description|text|content|story)$/i;
const COMPLETION_SEGMENT = /^(?:retry_)?completions?$|^generate(?:_?content)?$/i;
/**
 * A segment naming an AI helper, before the last one (a composer's `/api/ai/caption`, a desk's
 * …/tickets/{id}/ai/suggest_reply: hd1's own copy of this rule was removed, x2 review N4).
 */
const AI_SEGMENT = /^(?:ai|assistant|copilot|openai|gpt|llm)$/i;
function aiHelperPath(path: string): boolean {
  const segments = path.split('/').filter((seg) => seg !== '');
  return segments.slice(0, -1).some((seg) => AI_SEGMENT.test(seg));
}
export function assistantPrompt(body: ParsedBody, path: string): boolean {
  if (body.type !== 'json' || !isRecord(body.value)) return false;
  const v = body.value;
  for (const key in v) if (PUBLISHED_BESIDE_PROMPT.test(key) && typeof v[key] === 'string' && (v[key] as string).trim() !== '') return false;
  const roleOf = (m: unknown) => (isRecord(m) ? (typeof m['role'] === 'string' ? m['role'] : isRecord(m['author']) ? m['author']['role'] : undefined) : undefined);
  const transcript = TRANSCRIPT_KEYS.some((k) => {
    const list = v[k];
    return Array.isArray(list) && list.slice(0, 50).some((m) => ASSISTANT_ROLES.has(String(roleOf(m))));
  });
  if (transcript) return true;
  // A bare `message` beside a `model` may be a person's (a question to a seller about a car's model): only when the
  // body names no recipient or listing.
  const addressed = () => hasField(body, MESSAGE_FIELD) || hasField(body, TARGET_FIELD) || hasField(body, /^(?:listing|seller|product|vehicle)_?id$/i);
  const prompt = PROMPT_KEYS.some((k) => typeof v[k] === 'string' && (k !== 'message' || !addressed()));
  if (!prompt) return false;
  const namesModel = (o: Record<string, unknown>) => {
    for (const key in o) if (MODEL_KEY.test(key) && typeof o[key] === 'string') return true;
    return false;
  };
  let model = namesModel(v);
  for (const key in v) if (!model && isRecord(v[key])) model = namesModel(v[key] as Record<string, unknown>);
  return model || COMPLETION_SEGMENT.test(lastSegment(path)) || aiHelperPath(path);
}
