import { maskSecrets, MASK } from '../../../src/diagnosis/mask-secrets';
import { diagnose } from '../../../src/diagnosis';
import { NOT_SECRETS, SECRET_PASTES } from '../../support/secret-pastes';

describe('secret-bearing pastes', () => {
  it('cover every kind of credential people paste (40 or more)', () => {
    expect(SECRET_PASTES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(SECRET_PASTES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const lines = c.paste.split('\n');
    const masked = maskSecrets(lines);
    const text = masked.lines.join('\n');
    for (const secret of c.secrets) expect(text).not.toContain(secret);
    expect(text).toContain(MASK);
    expect(masked.secrets.length).toBeGreaterThan(0);
    // Nothing the diagnosis keeps or shows may hold the secret either.
    const kept = JSON.stringify(diagnose(c.paste));
    for (const secret of c.secrets) expect(kept).not.toContain(secret);
  });
});

describe('references and ordinary text stay as they are', () => {
  it.each(NOT_SECRETS)('%s', (line) => {
    expect(maskSecrets([line]).lines[0]).toBe(line);
  });
});
