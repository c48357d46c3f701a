import { h as renderTemplate } from "./server_UE8OVB-D.mjs";
import { u as createComponent } from "./collections_BBCTYGuN.mjs";
import "./BaseLayout_D7Z4LYXZ.mjs";
import { t as renderScript } from "./script_D6HtT6FB.mjs";
// site/components/SchemeStatusScript.astro
var $$SchemeStatusScript = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderScript($$result, "/work/main/site/components/SchemeStatusScript.astro?astro&type=script&index=0&lang.ts")}`;
}, "/work/main/site/components/SchemeStatusScript.astro", void 0);
export { $$SchemeStatusScript as t };
