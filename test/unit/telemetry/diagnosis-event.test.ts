import { diagnose } from '../../../src/diagnosis';
import { diagnosisEvent } from '../../../src/telemetry/diagnosis-event';

describe('the diagnosis event', () => {
  const paste = [
    'docker login contoso.azurecr.io -u contoso -p Zq8vN2rT5wLk9PxA3mY7',
    "denied: client with IP '203.0.113.9' is not allowed access — ошибка",
  ].join('\n');
  const diagnosis = diagnose(paste);
  const event = diagnosisEvent('listen', diagnosis, 1.23456, Buffer.byteLength(paste, 'utf8'));

  it('names the families of the top causes, the top confidence, the latency and the size of the paste', () => {
    const families = [...new Set(diagnosis.causes.slice(0, 3).map((c) => c.family))];
    expect(event.families.split(',')).toEqual(families);
    expect(event.topCause).toBe(diagnosis.causes[0]?.id);
    expect(event.topConfidence).toBeCloseTo(diagnosis.causes[0]?.confidence ?? -1, 3);
    expect(event.latencyMs).toBe(1.23);
    expect(event.pasteBytes).toBe(Buffer.byteLength(paste, 'utf8'));
    expect(event.pasteBytes).toBeGreaterThan(paste.length);
    expect(event.secretsMasked).toBeGreaterThanOrEqual(1);
    expect(event.source).toBe('listen');
  });

  it('carries nothing of the paste: only our own ids and numbers', () => {
    const text = JSON.stringify(event);
    for (const leak of ['contoso', 'Zq8vN2rT5wLk9PxA3mY7', '203.0.113.9', 'ошибка', 'denied'])
      expect(text).not.toContain(leak);
    for (const value of Object.values(event))
      if (typeof value === 'string') expect(value).toMatch(/^[a-z0-9,-]*$/);
  });

  it('is well formed when nothing was recognised', () => {
    const empty = diagnosisEvent('message', diagnose('hello there'), 0.5, 11);
    expect(empty).toMatchObject({ families: '', topCause: '', topConfidence: 0, causes: 0, pasteBytes: 11 });
  });
});
