import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";

/**
 * Stripe for the browser tests, on a local port: the API call Sumud makes (creating a Checkout
 * Session), and the hosted payment page a person is sent to. Paying there signs a
 * `checkout.session.completed` event with the webhook secret and delivers it to Sumud's
 * `/webhooks/stripe` before sending the person back, as Stripe does. The session's shape is the
 * one the Rust tests' fake uses (`testing/stripe/checkout_session.json`).
 */
export const STRIPE_SECRET_KEY = "sk_test_sumud_e2e";
export const STRIPE_WEBHOOK_SECRET = "whsec_sumud_e2e";

type Session = Record<string, unknown> & { id: string; url: string; success_url: string; cancel_url: string };

export function startFakeStripe(port: number, sumudBase: string): Promise<http.Server> {
  const template = JSON.parse(
    readFileSync(path.join(__dirname, "..", "testing", "stripe", "checkout_session.json"), "utf8"),
  ) as Record<string, unknown>;
  const sessions = new Map<string, Session>();
  let count = 0;

  const send = (res: http.ServerResponse, status: number, type: string, body: string, headers = {}) => {
    res.writeHead(status, { "content-type": type, ...headers });
    res.end(body);
  };

  const deliver = async (session: Session) => {
    const now = Math.floor(Date.now() / 1000);
    const payload = JSON.stringify({
      id: `evt_e2e_${session.id}`,
      object: "event",
      api_version: "2026-09-30.endive",
      created: now,
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type: "checkout.session.completed",
      data: { object: session },
    });
    const v1 = createHmac("sha256", STRIPE_WEBHOOK_SECRET).update(`${now}.${payload}`).digest("hex");
    const response = await fetch(`${sumudBase}/webhooks/stripe`, {
      method: "POST",
      headers: { "content-type": "application/json", "stripe-signature": `t=${now},v1=${v1}` },
      body: payload,
    });
    if (!response.ok) throw new Error(`webhook refused: ${response.status} ${await response.text()}`);
  };

  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", async () => {
      const url = new URL(req.url ?? "/", `http://127.0.0.1:${port}`);
      const pay = url.pathname.match(/^\/pay\/(cs_test_\w+)$/);
      try {
        if (req.method === "POST" && url.pathname === "/v1/checkout/sessions") {
          if (req.headers.authorization !== `Bearer ${STRIPE_SECRET_KEY}`) {
            return send(res, 401, "application/json", JSON.stringify({ error: { message: "Invalid API Key" } }));
          }
          const form = new URLSearchParams(body);
          count += 1;
          const id = `cs_test_e2e${count}`;
          const now = Math.floor(Date.now() / 1000);
          const amount = Number(form.get("line_items[0][price_data][unit_amount]"));
          const session: Session = {
            ...template,
            id,
            created: now,
            expires_at: now + 86400,
            amount_subtotal: amount,
            amount_total: amount,
            currency: form.get("line_items[0][price_data][currency]"),
            client_reference_id: form.get("client_reference_id"),
            metadata: { invoice_number: form.get("metadata[invoice_number]") },
            payment_intent: `pi_e2e${count}`,
            url: `http://127.0.0.1:${port}/pay/${id}`,
            success_url: form.get("success_url") ?? "",
            cancel_url: form.get("cancel_url") ?? "",
          };
          sessions.set(id, session);
          return send(res, 200, "application/json", JSON.stringify(session));
        }
        const session = pay ? sessions.get(pay[1]) : undefined;
        if (session && req.method === "GET") {
          const amount = (Number(session.amount_total) / 100).toFixed(2);
          return send(
            res,
            200,
            "text/html; charset=utf-8",
            `<!doctype html><html lang="en"><title>Fake Stripe Checkout</title><main>
            <h1>Fake Stripe Checkout</h1><p data-testid="stripe-amount">${amount} ${String(session.currency).toUpperCase()}</p>
            <form method="post"><button data-testid="stripe-pay">Pay</button></form>
            <a href="${session.cancel_url}" data-testid="stripe-cancel">Back</a></main></html>`,
          );
        }
        if (session && req.method === "POST") {
          Object.assign(session, { payment_status: "paid", status: "complete" });
          await deliver(session);
          return send(res, 303, "text/plain", "", { location: session.success_url });
        }
        send(res, 404, "text/plain", "not found");
      } catch (error) {
        send(res, 500, "text/plain", String(error));
      }
    });
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}
