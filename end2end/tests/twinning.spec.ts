import { expect, test } from "@playwright/test";
import { ADMIN_EMAIL, ADMIN_PASSWORD, jsEnabled, memberWithFocalPoint, open, signIn, signOut, unique, waitReady } from "./helpers";

const FOCAL_PASSWORD = "توأمة الخليل عمّان 2026";

test("Hebron's focal point records its agreement with Greater Amman in Arabic, the secretariat validates it, it shows on both members' pages and on the map, and Hebron cannot change another member's", async ({ page }, info) => {
  test.setTimeout(240_000);
  const tag = unique("T", info.project.name);
  const hebronEmail = `focal.${tag.toLowerCase()}@hebron.example.ps`;
  const title = `اتفاقية أخوّة وتعاون ${tag} بين الخليل وعمّان`;
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
  const hebron = await memberWithFocalPoint(page, `Hebron ${tag}`, hebronEmail, FOCAL_PASSWORD);
  const amman = await memberWithFocalPoint(page, `Greater Amman ${tag}`, `focal.${tag.toLowerCase()}@amman.example.jo`, FOCAL_PASSWORD);
  await signOut(page);

  // 1. The focal point records it from the registry, in Arabic; its own member is the first
  //    party. A second party is missing first: nothing is saved, the summary links to the
  //    parties, and what was typed is still there.
  await signIn(page, hebronEmail, FOCAL_PASSWORD, "ar");
  await open(page, "/twinning?lang=ar");
  await expect(page.locator("main h1")).toHaveText("اتفاقيات التوأمة والتعاون");
  await page.locator("[data-testid=new-agreement]").click();
  await waitReady(page);
  await expect(page.locator("#ag-party1_member")).toHaveValue(hebron);
  await page.locator("#ag-kind").selectOption("brotherhood");
  await page.locator("#ag-title").fill(title);
  await page.locator("#ag-summary").fill("الطرق والنقل، نظم المعلومات الجغرافية، التراث العمراني والشباب.");
  await page.locator("#ag-signed_place").fill("عمّان");
  await page.getByLabel("الطرق والنقل").check();
  await page.locator("#ag-party1_signatory_name").fill("تيسير أبو سنينة");
  await page.locator("[data-testid=save-agreement]").click();
  await expect(page.locator("[data-testid=problem-summary] a[href='#ag-parties']")).toHaveText("اذكر طرفين على الأقل.");
  await expect(page.locator("#ag-title")).toHaveValue(title);
  await expect(page.locator("#ag-party1_signatory_name")).toHaveValue("تيسير أبو سنينة");
  await expect(page.getByLabel("الطرق والنقل")).toBeChecked();
  await page.locator("#ag-party2_member").selectOption(amman);
  await page.locator("#ag-party2_signatory_name").fill("يوسف الشواربكة");
  await page.locator("#ag-party2_signatory_title").fill("أمين عمّان");
  await page.locator("[data-testid=save-agreement]").click();
  await expect(page.locator("main h1")).toHaveText(title);
  await expect(page.locator("[data-testid=awaiting-validation]")).toBeVisible();
  await expect(page.locator("[data-testid=agreement-parties]")).toContainText("أمين عمّان");
  await expect(page.locator("[data-testid=agreement-stage]")).toHaveText("مقترحة");
  const agreementPath = new URL(page.url()).pathname;
  expect(agreementPath).toMatch(/^\/twinning\/agreements\/\d+$/);

  // Its focal point records the signature; a date before the proposal is refused first.
  await page.locator("#st-stage").selectOption("signed");
  await page.locator("#st-reached_on").fill("2000-01-01");
  await page.locator("[data-testid=record-stage]").click();
  await expect(page.locator("#reached_on-error")).toHaveText("يجب أن يأتي هذا بعد التاريخ الذي قبله.");
  const today = new Date().toISOString().slice(0, 10);
  await page.locator("#st-stage").selectOption("signed");
  await page.locator("#st-reached_on").fill(today);
  await page.locator("[data-testid=record-stage]").click();
  await expect(page.locator("[data-testid=agreement-stage]")).toHaveText("موقّعة");
  await expect(page.locator("[data-testid=agreement-stages] li")).toHaveCount(2);

  // Its documents: a file that is not a PDF or an image is refused at the field, the title
  //  typed kept; the signed text and a photograph are added, the photograph removed again.
  await expect(page.locator("[data-testid=no-documents]")).toHaveText("لا توجد وثائق بعد.");
  await page.locator("#document-title").fill("الاتفاقية الموقعة");
  await page.locator("#document-file").setInputFiles({ name: "agreement.html", mimeType: "text/html", buffer: Buffer.from("<script>alert(1)</script>") });
  await page.locator("[data-testid=upload-document]").click();
  await waitReady(page);
  await expect(page.locator("#document-file-error")).toHaveText("يجب أن يكون الملف بصيغة PDF أو PNG أو JPEG.");
  await expect(page.locator(".problem-summary a[href='#document-file']")).toBeVisible();
  await expect(page.locator("#document-title")).toHaveValue("الاتفاقية الموقعة");
  const pdf = Buffer.from("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
  await page.locator("#document-file").setInputFiles({ name: "hebron-amman.pdf", mimeType: "application/pdf", buffer: pdf });
  await page.locator("[data-testid=upload-document]").click();
  await waitReady(page);
  await expect(page.locator("[data-testid=agreement-document]")).toHaveText(["الاتفاقية الموقعة"]);
  const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
  await page.locator("#document-file").setInputFiles({ name: "signing.png", mimeType: "image/png", buffer: png });
  await page.locator("[data-testid=upload-document]").click();
  await waitReady(page);
  await expect(page.locator("[data-testid=agreement-document]")).toHaveText(["الاتفاقية الموقعة", "signing.png"]);
  await page.locator("[data-testid=remove-document]").nth(1).click();
  await expect(page.locator("[data-testid=agreement-document]")).toHaveText(["الاتفاقية الموقعة"]);
  await signOut(page);

  // Not public yet.
  expect((await page.request.get(`${agreementPath}?lang=en`)).status()).toBe(404);
  await open(page, `/members/${amman}?lang=en`);
  await expect(page.locator("[data-testid=member-agreements]")).not.toContainText(title);

  // 2. The secretariat finds it among those awaiting validation and validates it.
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD, "fr");
  await open(page, "/twinning?review=awaiting&lang=fr");
  await page.locator("[data-testid=agreements] a", { hasText: title }).click();
  await waitReady(page);
  await page.locator("[data-testid=validate-agreement]").click();
  await expect(page.locator("[data-testid=validate-agreement]")).toHaveCount(0);
  await expect(page.locator("[data-testid=awaiting-validation]")).toHaveCount(0);
  await signOut(page);

  // 3. The public sees it in the registry, filtered by kind, and on both members' pages.
  await open(page, "/twinning?kind=brotherhood&lang=fr");
  const card = page.locator("[data-testid=agreement]", { hasText: title });
  await expect(card).toContainText("Fraternité et coopération");
  await expect(card).toContainText(`Hebron ${tag}`);
  await expect(card).toContainText(`Greater Amman ${tag}`);
  await open(page, "/twinning?kind=twinning&lang=fr");
  await expect(page.locator("[data-testid=agreement]", { hasText: title })).toHaveCount(0);
  for (const member of [hebron, amman]) {
    await open(page, `/members/${member}?lang=en`);
    const listed = page.locator("[data-testid=member-agreements]");
    await expect(listed).toContainText(title);
    await expect(listed).toContainText("Signed");
  }
  // The registry as a spreadsheet, with the filter chosen; the signed text, downloaded.
  await open(page, "/twinning?kind=brotherhood&lang=fr");
  const csvHref = await page.locator("[data-testid=agreements-csv]").getAttribute("href");
  expect(csvHref).toContain("kind=brotherhood");
  const csv = await (await page.request.get(csvHref!)).text();
  expect(csv).toContain(title);
  expect(csv).toContain("Fraternité et coopération");
  await open(page, `${agreementPath}?lang=en`);
  const signedText = await page.request.get((await page.locator("[data-testid=agreement-document]").getAttribute("href"))!);
  expect(signedText.headers()["content-type"]).toBe("application/pdf");
  expect((await signedText.body()).toString()).toContain("%PDF-1.4");
  await expect(page.locator("[data-testid=document-form]")).toHaveCount(0);
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.locator("main h1")).toHaveAttribute("lang", "ar");
  await expect(page.locator("[data-testid=agreement-themes]")).toHaveText("Roads and transport");

  // 4. The secretariat places both members on the map (a latitude out of range first), and the
  //    signed agreement is a line between them; its data is there as GeoJSON too.
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD, "en");
  for (const [member, latitude, longitude] of [[hebron, "31.5294", "35.0938"], [amman, "31,9552", "35.945"]]) {
    await open(page, `/members/${member}/edit?lang=en`);
    await page.locator("#app-latitude").fill("91");
    await page.locator("#app-longitude").fill(longitude);
    await page.locator("main form button[type=submit]").click();
    await expect(page.locator("#latitude-error")).toHaveText("Enter a latitude from -90 to 90, such as 31.5294.");
    await expect(page.locator("#app-longitude")).toHaveValue(longitude);
    await page.locator("#app-latitude").fill(latitude);
    await page.locator("main form button[type=submit]").click();
    await expect(page).toHaveURL(new RegExp(`/members/${member}\\?saved=1`));
  }
  await signOut(page);
  const agreementId = agreementPath.split("/").pop()!;
  await open(page, "/twinning?lang=ar");
  await page.locator("[data-testid=map-link-page]").click();
  await waitReady(page);
  await expect(page.locator("main h1")).toHaveText("خريطة الأعضاء والاتفاقيات");
  // The drawing is a document of its own, kept drawn on the server; with JavaScript it moves
  // into the page.
  const drawing = await (await page.request.get("/twinning/map.svg?kind=&theme=&lang=ar")).text();
  expect(drawing).toContain(`data-agreement="${agreementId}"`);
  expect(drawing).toContain(`href="/members/${hebron}" target="_top"`);
  const line = page.locator(`[data-testid=map-link][data-agreement="${agreementId}"]`);
  if (jsEnabled()) {
    await expect(line).toHaveCount(1);
    await expect(line).toHaveAttribute("x1", "2150.9");
    await expect(page.locator(`a.map-member[href="/members/${hebron}"]`)).toHaveCount(1);
  } else {
    await expect(page.locator("[data-testid=map-object]")).toHaveAttribute("data", "/twinning/map.svg?kind=&theme=&lang=ar");
    expect(drawing).toMatch(new RegExp(`data-agreement="${agreementId}"[^>]*>`));
    expect(drawing).toContain(`x1="2150.9"`);
  }
  const twinnings = await (await page.request.get("/twinning/map.svg?kind=twinning&lang=en")).text();
  expect(twinnings).not.toContain(`data-agreement="${agreementId}"`);
  await open(page, "/twinning/map?kind=brotherhood&lang=en");
  if (jsEnabled()) {
    // A click on a member opens its card instead of leaving the map; zooming narrows the view.
    await page.locator(`a.map-member[href="/members/${amman}"]`).dispatchEvent("click");
    await expect(page.locator("[data-testid=map-card]")).toContainText(`Greater Amman ${tag}`);
    await page.getByRole("button", { name: "Zoom in" }).click();
    await expect(page.locator("[data-testid=map]")).not.toHaveAttribute("viewBox", "0 0 3600 1420");
  } else {
    await expect(page.locator("[data-testid=map-object]")).toHaveAttribute("data", "/twinning/map.svg?kind=brotherhood&theme=&lang=en");
  }
  const geojson = await (await page.request.get(`/twinning/map.geojson?kind=brotherhood`)).json();
  const feature = geojson.features.find((f: { id: string }) => f.id === `agreement-${agreementId}`);
  expect(feature.geometry).toEqual({ type: "LineString", coordinates: [[35.0938, 31.5294], [35.945, 31.9552]] });

  // 5. A memorandum Hebron is not party to, between Greater Amman and a city outside the network,
  //    recorded by the secretariat: public at once. Hebron's focal point reads it, cannot change it.
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD, "en");
  await open(page, "/twinning/agreements/new?lang=en");
  await page.locator("#ag-kind").selectOption("memorandum");
  await page.locator("#ag-title").fill(`Memorandum ${tag}`);
  await page.locator("#ag-party1_member").selectOption(amman);
  await page.locator("#ag-party2_name").fill("طنجة");
  await page.locator("#ag-party2_latin_name").fill("Tangier");
  await page.locator("#ag-party2_country").selectOption("MA");
  await page.locator("[data-testid=save-agreement]").click();
  await expect(page.locator("main h1")).toHaveText(`Memorandum ${tag}`);
  await expect(page.locator("[data-testid=awaiting-validation]")).toHaveCount(0);
  await expect(page.locator("[data-testid=agreement-parties]")).toContainText("Tangier · Morocco");
  const memorandumPath = new URL(page.url()).pathname;
  await signOut(page);
  await signIn(page, hebronEmail, FOCAL_PASSWORD, "en");
  await open(page, `${memorandumPath}?lang=en`);
  await expect(page.locator("main h1")).toHaveText(`Memorandum ${tag}`);
  await expect(page.locator("[data-testid=edit-agreement]")).toHaveCount(0);
  await expect(page.locator("[data-testid=record-stage]")).toHaveCount(0);
  await open(page, `${memorandumPath}/edit?lang=en`);
  await expect(page.locator("main")).toContainText("Your account does not have access to this.");
  const refused = await page.request.post("/api/record_agreement_stage", {
    headers: { Accept: "application/json" },
    form: { id: memorandumPath.split("/").pop()!, stage: "signed", reached_on: "2026-01-01" },
  });
  expect(refused.status()).toBe(403);
});
