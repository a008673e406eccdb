/**
 * Who is calling. Pages sign in through a form and keep the caller in the HTTP session; the API takes HTTP Basic on
 * every request and answers 401 as problem+json, never with a redirect to the sign-in page.
 */
package vn.langso.web.security;
