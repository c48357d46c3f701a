export { s as toPublicEmployer } from "./employer-rules_M9qYtPNf.mjs";
