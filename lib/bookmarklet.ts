// The "Triage with Grace" bookmarklet. On any page it takes the selected text (or asks
// for it), guesses the platform from the page's host name, and opens our Triage page
// with both in the address. It carries no token and sends nothing anywhere: it only
// opens a page of ours, where the user's own session applies.
import type { Platform } from "@/lib/domain";

/** Characters of selected text carried over; a connection request is far shorter. */
export const BOOKMARKLET_MAX_TEXT = 6000;
/**
 * The encoded text's length in the address. Servers refuse request lines much over 16 KB
 * with the cookies, and non-Latin text takes up to 9 characters per letter once encoded.
 */
export const BOOKMARKLET_MAX_ENCODED = 8000;

/** Host name patterns per platform; the bookmarklet embeds the same list. */
export const PLATFORM_HOSTS: [Exclude<Platform, "other">, string][] = [
  ["linkedin", "(^|\\.)linkedin\\.com$"],
  ["facebook", "(^|\\.)(facebook\\.com|fb\\.com|messenger\\.com)$"],
  ["x", "(^|\\.)(x\\.com|twitter\\.com)$"],
  ["instagram", "(^|\\.)instagram\\.com$"],
];

export function platformOfHost(hostname: string): Platform {
  const host = hostname.toLowerCase();
  return PLATFORM_HOSTS.find(([, re]) => new RegExp(re).test(host))?.[0] ?? "other";
}

/** The bookmarklet's script (not yet a URL): plain ES5 so any browser runs it. */
export function bookmarkletScript(origin: string): string {
  const hosts = JSON.stringify(PLATFORM_HOSTS);
  return [
    "(function(){",
    `var O=${JSON.stringify(origin.replace(/\/+$/, ""))},M=${BOOKMARKLET_MAX_TEXT},E=${BOOKMARKLET_MAX_ENCODED},H=${hosts};`,
    // A selection inside a text box is not part of window.getSelection().
    "var a=document.activeElement,s='';",
    "if(a&&/^(TEXTAREA|INPUT)$/.test(a.tagName)&&typeof a.selectionStart==='number'){s=a.value.slice(a.selectionStart,a.selectionEnd);}",
    "if(!s.trim()){s=String(window.getSelection?window.getSelection():'');}",
    "s=s.trim();",
    "if(!s){s=window.prompt('Paste the connection request to triage:','');if(s===null)return;s=s.trim();if(!s)return;}",
    "var h=String(location.hostname).toLowerCase(),p='other';",
    "for(var i=0;i<H.length;i++){if(new RegExp(H[i][1]).test(h)){p=H[i][0];break;}}",
    "var c=false;",
    // Never cut between the two halves of an emoji: encodeURIComponent throws on half of one.
    "function cut(n){s=s.slice(0,n);if(/[\\uD800-\\uDBFF]$/.test(s))s=s.slice(0,-1);c=true;}",
    "if(s.length>M)cut(M);",
    "var t;for(;;){try{t=encodeURIComponent(s);}catch(e){s=s.toWellFormed?s.toWellFormed():s.replace(/[\\uD800-\\uDFFF]/g,'');continue;}if(t.length<=E)break;cut(Math.floor(s.length*0.9));}",
    "var u=O+'/triage?platform='+p+'&text='+t+(c?'&truncated=1':'');",
    "var w=window.open(u,'_blank');if(w){try{w.opener=null;}catch(e){}}else{location.href=u;}",
    "})();",
  ].join("");
}

/** The link to drag to the bookmarks bar. */
export function bookmarkletHref(origin: string): string {
  return `javascript:${encodeURIComponent(bookmarkletScript(origin))}`;
}
