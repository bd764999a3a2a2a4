import type { AddressInfo } from 'node:net';

import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';

import { MailError, type Mailer } from '@/lib/mail/port';
import { createSmtpMailer } from '@/lib/mail/smtp';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server on a free loopback port that keeps what it receives. */
async function startSmtpServer(refuseRecipients = false) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!refuseRecipients) return callback();
      callback(
        Object.assign(new Error(`mailbox ${address.address} unavailable`), { responseCode: 550 }),
      );
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { port, received, close: () => new Promise<void>((resolve) => server.close(resolve)) };
}

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup(refuseRecipients = false) {
  const server = await startSmtpServer(refuseRecipients);
  cleanups.push(server.close);
  const mailer: Mailer = createSmtpMailer(
    `smtp://127.0.0.1:${server.port}`,
    'Portico <hello@portico.example>',
  );
  cleanups.push(() => mailer.close?.());
  return { server, mailer };
}

describe('SMTP mailer against a real SMTP server', () => {
  it('delivers the message with its headers and body intact', async () => {
    const { server, mailer } = await setup();
    const sent = await mailer.send(
      {
        to: 'Ørsted Ærø <orsted@example.dk>',
        subject: 'Bekræft venligst · 李雷',
        text: 'Hej!\n\nBekræft her: https://site.example/newsletter/confirm/?token=a.b\n',
        headers: {
          'List-Unsubscribe': '<https://site.example/newsletter/unsubscribe/one-click/?token=t>',
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        },
      },
      { idempotencyKey: 'submission-1' },
    );

    expect(server.received).toHaveLength(1);
    const [{ from, to, raw }] = server.received as [Received];
    // RFC 5322 unfolding: nodemailer folds long header lines.
    const unfolded = raw.replace(/\r\n(?=[ \t])/g, '');
    expect(from).toBe('hello@portico.example');
    expect(to).toEqual(['orsted@example.dk']);
    expect(unfolded).toMatch(
      /^List-Unsubscribe: +<https:\/\/site\.example\/newsletter\/unsubscribe\/one-click\/\?token=t>\r$/m,
    );
    expect(unfolded).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r$/m);
    expect(unfolded).toMatch(new RegExp(`^Message-ID: +${sent.messageId}\r$`, 'm'));

    const parsed = await simpleParser(raw);
    expect(parsed.subject).toBe('Bekræft venligst · 李雷');
    expect(parsed.text).toBe(
      'Hej!\n\nBekræft her: https://site.example/newsletter/confirm/?token=a.b\n',
    );
    expect(parsed.messageId).toBe(sent.messageId);
  });

  it('gives a resent mail the same Message-ID', async () => {
    const { server, mailer } = await setup();
    const message = { to: 'a@example.com', subject: 's', text: 't' };
    const first = await mailer.send(message, { idempotencyKey: 'same' });
    const second = await mailer.send(message, { idempotencyKey: 'same' });
    expect(second.messageId).toBe(first.messageId);
    expect(server.received).toHaveLength(2);
  });

  it('reports a 5xx refusal as a permanent MailError that quotes no address', async () => {
    const { mailer } = await setup(true);
    const error = await mailer
      .send({ to: 'gone@example.com', subject: 's', text: 't' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MailError);
    expect(error).toMatchObject({ code: 'EENVELOPE', responseCode: 550, retryable: false });
    expect((error as Error).message).not.toContain('gone@example.com');
  });

  it('reports an unreachable server as a retryable MailError', async () => {
    const { port, close } = await startSmtpServer();
    await close();
    const mailer = createSmtpMailer(`smtp://127.0.0.1:${port}`, 'P <p@portico.example>');
    cleanups.push(() => mailer.close?.());
    const error = await mailer
      .send({ to: 'a@example.com', subject: 's', text: 't' })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'MailError', retryable: true });
  });
});
