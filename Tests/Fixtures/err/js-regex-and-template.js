// A regular expression holding '{' and '/', and templates with nested
// substitutions, must not lose the tokenizer's place.
const re = /[{/]\/udeskAvsMiniReferer = {/;
const ratio = total / count / 2;
const text = `${ { a: `}${"{"}` }.a } app.globalData.udeskAvsMiniReferer = {`;
app.globalData.udeskAvsMiniReferer = {
  sdkToken: `tok`,
  customerInfo: { level: `gold` },
};
