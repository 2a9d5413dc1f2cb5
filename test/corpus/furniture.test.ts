import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findFurniture } from '../../src/corpus/furniture.js';

const seed = (id: string) => readFileSync(new URL(`../../seeds/${id}.txt`, import.meta.url), 'utf8');
const excludedText = (text: string) => findFurniture(text).map((e) => text.slice(e.start, e.end));

describe('findFurniture', () => {
  it('findFurniture(seed 000) leaves out the newsletter box, the tag line and "Show Comments"', () => {
    const text = seed('000_0aadf95a2081af90');
    const out = excludedText(text).join('\n');
    expect(out).toContain('Sign up to gain exclusive access');
    expect(out).toContain('Tags business issues');
    expect(out).toContain('Show Comments');
    expect(out).not.toContain('US prosecutors indicted');
  });
  it('findFurniture(seed 001) leaves out the whole reader-comment thread', () => {
    const text = seed('001_18338ec7fbeff6bb');
    const comments = findFurniture(text).find((e) => e.reason === 'reader comments')!;
    expect(text.slice(comments.start)).toMatch(/^Log in or register to join the discussion/);
    expect(comments.end).toBe(text.length);
  });
  it('findFurniture(navigation-and-share-bars) knows pipes, breadcrumbs and share bars by their form', () => {
    const text = 'Markets | Policy | Logistics | Weather\nHome > Policy > Trade disputes\nChina lodged a complaint.\nFacebook Twitter LinkedIn Email';
    expect(findFurniture(text).map((e) => e.reason)).toEqual(['navigation', 'navigation', 'share bar']);
  });
  it('findFurniture(news-sentence-about-subscriptions) keeps long sentences that mention a newsletter once', () => {
    const text = 'The ministry said in its monthly newsletter, published on Friday, that exports of chips to Korea had fallen by a third.';
    expect(findFurniture(text)).toEqual([]);
  });
});
