// A burst of conference sign-ups against running Sumud servers: signs in as the focal point that
// `sumud seed-conference` created, fires every sign-up at once (spread over the servers), then
// reads the delegation back and prints confirmed / waitlisted / errors and sign-ups per second.
// Usage: node bench-registrations.mjs <edition> <focal email> <password> <sign-ups> <base URL>...
const [edition, email, password, signUps, ...bases] = process.argv.slice(2);
const total = Number(signUps);

const signIn = await fetch(`${bases[0]}/api/sign_in`, {
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams({ email, password }),
  redirect: "manual",
});
const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0];
if (!cookie) throw new Error(`sign-in failed: ${signIn.status} ${await signIn.text()}`);
const headers = { "content-type": "application/x-www-form-urlencoded", accept: "application/json", cookie };

async function signUp(i) {
  const body = new URLSearchParams({
    edition_id: edition,
    "delegate[full_name]": `Delegate ${i}`,
    "delegate[email]": `delegate-${i}@burst.example`,
    "delegate[language]": ["ar", "en", "fr"][i % 3],
    "delegate[role]": "observer",
    "delegate[consent]": "delegates",
  });
  try {
    const response = await fetch(`${bases[i % bases.length]}/api/register_delegate`, { method: "POST", headers, body });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

const started = performance.now();
const results = await Promise.all(Array.from({ length: total }, (_, i) => signUp(i)));
const seconds = (performance.now() - started) / 1000;

const delegation = await fetch(`${bases[0]}/api/get_delegation`, {
  method: "POST",
  headers,
  body: new URLSearchParams({ edition_id: edition }),
}).then((r) => r.json());
const count = (state) => delegation.delegates.filter((d) => d.state === state).length;
const positions = delegation.delegates.filter((d) => d.state === "waitlisted").map((d) => d.waitlist_position);
const inOrder = positions.every((p, i) => p === i + 1);
console.log(
  `${total} sign-ups on ${bases.length} server(s): confirmed ${count("confirmed")}, waitlisted ${count("waitlisted")}` +
    ` (positions in order: ${inOrder}), errors ${results.filter((ok) => !ok).length},` +
    ` ${Math.round(total / seconds)} sign-ups/s (${seconds.toFixed(2)} s)`,
);
