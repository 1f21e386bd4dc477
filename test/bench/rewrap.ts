/**
 * What real pastes do to a message on its way into a chat: the ways people and tools wrap, quote, prefix, escape,
 * redact and fold the text a program printed. Each one is a pure, deterministic function of the text, so a bench
 * can ask whether the engine still reads a message the same way once it arrives in that form.
 */
export interface Rewrap {
  readonly name: string;
  /**
   * `form`: only the text's form changes, so the reading must not. `context`: the rewrap also says which program
   * printed the message (a kubelet event, a containerd journal line), which may rightly change the reading.
   */
  readonly kind: 'form' | 'context';
  /** Where real pastes look like this (for the bench's table). */
  readonly seen: string;
  readonly apply: (text: string) => string;
}

const lines = (text: string) => text.split('\n');

/** Cuts every line into pieces of at most `width` characters, mid-word, as a console or log viewer wraps. */
function hardWrap(text: string, width: number): string {
  return lines(text)
    .flatMap((l) => {
      if (l.length <= width) return [l];
      const out: string[] = [];
      for (let i = 0; i < l.length; i += width) out.push(l.slice(i, i + width));
      return out;
    })
    .join('\n');
}

/** Breaks every line at the last space before `width` columns, as an editor wraps prose (words stay whole). */
function wordWrap(text: string, width: number): string {
  return lines(text)
    .flatMap((l) => {
      const out: string[] = [];
      let rest = l;
      while (rest.length > width) {
        const at = rest.lastIndexOf(' ', width);
        if (at <= 0) break;
        out.push(rest.slice(0, at));
        rest = rest.slice(at + 1);
      }
      out.push(rest);
      return out;
    })
    .join('\n');
}

const jsonString = (s: string) => JSON.stringify(s);

const htmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Registry names as people hide them before posting. */
function redact(text: string, placeholder: string): string {
  return text.replace(
    /\b([a-z0-9]{2,50})(\.azurecr\.(?:io|cn|us)|\.azurecr\.microsoft\.scloud)\b/gi,
    `${placeholder}$2`,
  );
}

/** The stand-ins people and CI runners put where a registry's name was, and where each is seen. */
const REDACTIONS: ReadonlyArray<readonly [string, string]> = [
  ['<acr-name>', 'registry names hidden before posting'],
  ['xxx', 'registry names hidden with xxx'],
  ['***', "a CI runner masking the registry's name because it is a secret (GitHub Actions, Azure Pipelines)"],
  ['MYREGISTRY', 'registry names replaced by a capitalised stand-in'],
];

/** A classic builder's successful build, in the order it prints it: the base image comes from MCR. */
const SUCCESSFUL_BUILD = [
  'Sending build context to Docker daemon  2.048MB',
  'Step 1/6 : FROM mcr.microsoft.com/dotnet/aspnet:8.0',
  ' ---> 6a2c3b8e1f0d',
  'Step 2/6 : WORKDIR /app',
  ' ---> Using cache',
  ' ---> 1b2c3d4e5f60',
  'Step 3/6 : COPY package*.json ./',
  ' ---> 2c3d4e5f6a71',
  'Step 4/6 : RUN npm ci',
  ' ---> Running in 3f1c2b9a7d4e',
  'npm WARN deprecated inflight@1.0.6: This module is not supported, and leaks memory.',
  'added 812 packages, and audited 813 packages in 21s',
  'found 0 vulnerabilities',
  'Removing intermediate container 3f1c2b9a7d4e',
  ' ---> 4d5e6f7a8b92',
  'Step 5/6 : COPY . .',
  ' ---> 5e6f7a8b9ca3',
  'Step 6/6 : CMD ["node", "server.js"]',
  ' ---> Running in 6f7a8b9cadb4',
  'Removing intermediate container 6f7a8b9cadb4',
  ' ---> 9d8c7b6a5f4e',
  'Successfully built 9d8c7b6a5f4e',
];

export const REWRAPS: readonly Rewrap[] = [
  { name: 'as printed', kind: 'form', seen: 'the catalogue entry itself', apply: (t) => t },
  {
    name: 'GitHub Actions',
    kind: 'form',
    seen: 'a job log copied from the web view: timestamps, then ##[error] on the last line',
    apply: (t) => {
      const ls = lines(t);
      return ls
        .map(
          (l, i) =>
            `2026-03-0${1 + (i % 9)}T10:1${i % 10}:0${i % 10}.${String(1234567 + i)}Z ${i === ls.length - 1 ? '##[error]' : ''}${l}`,
        )
        .join('\n');
    },
  },
  {
    name: 'Azure Pipelines',
    kind: 'form',
    seen: 'a pipeline log: timestamps, ##[error] and the task failure after it',
    apply: (t) =>
      [
        ...lines(t).map((l) => `2026-03-01T10:12:13.4567890Z ##[error]${l}`),
        '2026-03-01T10:12:13.5000000Z ##[error]The process /usr/bin/docker failed with exit code 1',
      ].join('\n'),
  },
  {
    name: 'kubectl events',
    kind: 'context',
    seen: 'kubectl describe pod / get events: a table row with the message last',
    apply: (t) =>
      lines(t)
        .map((l, i) =>
          i === 0 ? `  Warning  Failed     12s (x3 over 58s)  kubelet  ${l}` : `           ${l}`,
        )
        .join('\n'),
  },
  {
    name: 'journald',
    kind: 'context',
    seen: 'journalctl -u kubelet / containerd on a node',
    apply: (t) =>
      lines(t)
        .map((l) => `Mar 01 10:12:13 aks-nodepool1-12345678-vmss000000 containerd[1234]: ${l}`)
        .join('\n'),
  },
  {
    name: 'JSON log field',
    kind: 'form',
    seen: 'a structured log line: the message JSON-escaped inside "msg"',
    apply: (t) =>
      `{"level":"error","ts":"2026-03-01T10:12:13Z","msg":${jsonString(t)},"caller":"main.go:42"}`,
  },
  {
    name: 'JSON in JSON',
    kind: 'form',
    seen: 'a structured log quoted again by a log shipper: escapes escaped twice',
    apply: (t) => jsonString(`{"msg":${jsonString(t)}}`),
  },
  {
    name: 'PowerShell error record',
    kind: 'form',
    seen: "a script's stderr in Windows PowerShell: the first line prefixed with its name, then the error record",
    apply: (t) => {
      const [first = '', ...rest] = lines(t);
      return [
        `deploy.cmd : ${first}`,
        ...rest,
        'At line:1 char:1',
        '+ .\\deploy.cmd',
        '+ ~~~~~~~~~~~~',
        `    + CategoryInfo          : NotSpecified: (${first.slice(0, 30)}:String) [], RemoteException`,
        '    + FullyQualifiedErrorId : NativeCommandError',
      ].join('\n');
    },
  },
  {
    name: 'logrus fields',
    kind: 'form',
    seen: 'a Go service logging with logrus: time=, level=, msg="…" with its quotes escaped',
    apply: (t) =>
      lines(t)
        .map(
          (l) =>
            `time="2026-03-01T10:12:13Z" level=error msg="${l.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`,
        )
        .join('\n'),
  },
  {
    name: 'markdown quote',
    kind: 'form',
    seen: 'an issue or chat reply quoting the error with "> "',
    apply: (t) =>
      lines(t)
        .map((l) => `> ${l}`)
        .join('\n'),
  },
  {
    name: 'Teams HTML',
    kind: 'form',
    seen: 'a Teams message: paragraphs and entities',
    apply: (t) => `<div><p>we get this:</p><pre>${htmlEscape(t)}</pre><p>any idea?</p></div>`,
  },
  {
    name: 'ANSI colours',
    kind: 'form',
    seen: 'a terminal with colours captured by a CI runner',
    apply: (t) =>
      lines(t)
        .map(
          (l) =>
            `\u001b[31m${l.replace(/\b(error|Error|ERROR|denied|unauthorized)\b/g, '\u001b[1m$1\u001b[22m')}\u001b[0m`,
        )
        .join('\n'),
  },
  {
    name: 'wrapped at 80',
    kind: 'form',
    seen: 'copied from an 80-column terminal: lines cut mid-word',
    apply: (t) => hardWrap(t, 80),
  },
  {
    name: 'wrapped at 120',
    kind: 'form',
    seen: 'copied from a PowerShell window: lines cut mid-word at its width',
    apply: (t) => hardWrap(t, 120),
  },
  {
    name: 'wrapped at 72, at spaces',
    kind: 'form',
    seen: 'quoted in a commit message or a markdown note whose editor wraps prose at 72 columns',
    apply: (t) => wordWrap(t, 72),
  },
  {
    name: 'CRLF, trailing blanks',
    kind: 'form',
    seen: 'Windows line ends and a terminal padding lines with spaces',
    apply: (t) =>
      lines(t)
        .map((l) => `${l}   `)
        .join('\r\n'),
  },
  {
    name: 'smart quotes',
    kind: 'form',
    seen: 'a paste through Word, Outlook or a chat that curls quotes',
    apply: (t) => t.replace(/"([^"\n]*)"/g, '\u201c$1\u201d').replace(/'/g, '\u2019'),
  },
  ...REDACTIONS.map(([placeholder, seen]): Rewrap => ({
    name: `redacted ${placeholder}`,
    kind: 'form',
    seen,
    apply: (t) => redact(t, placeholder),
  })),
  {
    name: 'single quotes',
    kind: 'form',
    seen: "another release or language quoting names with ' instead of \" (Python's repr, PowerShell, az CLI)",
    apply: (t) => t.replace(/"([^"\n]*)"/g, "'$1'"),
  },
  {
    name: 'quotes dropped',
    kind: 'form',
    seen: 'another release printing names bare (Go %s instead of %q), or a person retyping the error',
    // Names in a sentence only: no program prints a JSON body without its quotes.
    apply: (t) => t.replace(/(^|(?<![:,[{])\s)"([^"\n]*)"(?!\s*:\s*["{[\d])/gm, '$1$2'),
  },
  {
    name: 'wrapped by a caller',
    kind: 'form',
    seen: 'a wrapper (a Makefile, a script, a deploy tool) prefixing the error it got with its own words',
    apply: (t) => `error: step "publish" failed: ${t}`,
  },
  {
    name: 'prose around it',
    kind: 'form',
    seen: 'a person asking for help, English',
    apply: (t) =>
      `Hi all, since this morning our deployment fails with the error below. Nothing changed on our side as far as I know.\n\n${t}\n\nAny idea what to check? Thanks`,
  },
  {
    name: 'Russian prose',
    kind: 'form',
    seen: 'a person asking for help, Russian',
    apply: (t) => `Коллеги, с утра падает деплой вот с такой ошибкой:\n${t}\nЧто проверить?`,
  },
  {
    name: 'in a build log',
    kind: 'form',
    seen: 'the message at the end of a long build log whose steps all went through (base image from MCR)',
    apply: (t) =>
      [...SUCCESSFUL_BUILD, ...SUCCESSFUL_BUILD.slice(3), ...SUCCESSFUL_BUILD.slice(3), t].join('\n'),
  },
];
