/**
 * Messages to members: in-app first, e-mail second when the server has mail configured. A notification is stored
 * once per dedupe key, however often (or on however many nodes) the job that raises it runs; its text is a message
 * key and its arguments, shown in the reader's language.
 */
package vn.langso.notifications;
