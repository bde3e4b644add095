import { describe, expect, it } from "vitest";
import { checkboxValue, formDataToObject, listValue } from "@/lib/validations/form-data";
import { analyzeFormSchema, recordFormSchema } from "@/lib/validations/triage";
import { profileFormSchema } from "@/lib/validations/profile";
import { templateFormSchema } from "@/lib/validations/template";

const posted = (pairs: [string, string][]) => {
  const fd = new FormData();
  for (const [k, v] of pairs) fd.append(k, v);
  return formDataToObject(fd);
};

describe("forms as they post", () => {
  it("reads ticked boxes and tag lists as a browser sends them", () => {
    expect([checkboxValue("on"), checkboxValue("true"), checkboxValue(undefined), checkboxValue("x")]).toEqual([true, true, undefined, "x"]);
    expect(listValue(["Globex, Initech", " ", "Acme\nHooli"])).toEqual(["Globex", "Initech", "Acme", "Hooli"]);
  });

  it("a profile without JavaScript: unticked boxes are false, a typed tag box counts", () => {
    const out = profileFormSchema.parse(posted([["name", "Work"], ["defaultFor[]", "linkedin"], ["competitors[]", "Globex, Initech"], ["tone", "formal"], ["signature", ""]]));
    expect(out).toMatchObject({ name: "Work", defaultFor: ["linkedin"], competitors: ["Globex", "Initech"], onlyKnownInRealLife: false, observeStrangersMetOnline: false, tone: "formal", signature: null });
  });

  it("a template's default box", () => {
    expect(templateFormSchema.parse(posted([["reasonKey", "competitor"], ["title", "T"], ["body", "B"], ["isDefault", "on"]])).isDefault).toBe(true);
    expect(templateFormSchema.parse(posted([["reasonKey", "competitor"], ["title", "T"], ["body", "B"]])).isDefault).toBe(false);
  });

  it("the Triage form: automatic pickers are null, overrides come as JSON and are normalised like all text", () => {
    const out = analyzeFormSchema.parse(posted([["text", "Ann"], ["platform", "auto"], ["profileId", "auto"], ["knownInRealLife", "on"], ["overrides", '{"name":"A\\u0000b"}'], ["variant", "2"]]));
    expect(out).toMatchObject({ text: "Ann", platform: null, profileId: null, knownInRealLife: true, overrides: { name: "Ab" }, variant: 2 });
    const bad = analyzeFormSchema.safeParse(posted([["text", "Ann"], ["overrides", "{not json"]]));
    expect(bad.success).toBe(false);
    expect(recordFormSchema.parse(posted([["text", "Ann"], ["status", "held"], ["revisitAt", "2027-01-31"]])).revisitAt).toBe("2027-01-31");
  });
});
