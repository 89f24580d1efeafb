import { mkdirSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";

/**
 * A mail server for the browser tests: it accepts every message the Sumud server delivers (as a
 * real relay would, over SMTP) and writes each to `dir` as a `.eml` file, where the tests read
 * their links the way a person reads their mail.
 */
export function startSmtpSink(dir: string, port: number): Promise<net.Server> {
  mkdirSync(dir, { recursive: true });
  let count = 0;
  const server = net.createServer((socket) => {
    let buffer = "";
    let inData = false;
    let data: string[] = [];
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply("220 sink ESMTP");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("latin1");
      let end: number;
      while ((end = buffer.indexOf("\r\n")) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === ".") {
            inData = false;
            count += 1;
            const name = `${Date.now()}-${String(count).padStart(5, "0")}.eml`;
            writeFileSync(path.join(dir, name), Buffer.from(data.join("\r\n") + "\r\n", "latin1"));
            data = [];
            reply("250 queued");
          } else {
            data.push(line.startsWith(".") ? line.slice(1) : line);
          }
          continue;
        }
        const command = line.toUpperCase();
        if (command.startsWith("EHLO") || command.startsWith("HELO")) reply("250 sink");
        else if (command.startsWith("DATA")) {
          inData = true;
          reply("354 go ahead");
        } else if (command.startsWith("QUIT")) {
          reply("221 bye");
          socket.end();
        } else reply("250 ok");
      }
    });
    socket.on("error", () => socket.destroy());
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}
