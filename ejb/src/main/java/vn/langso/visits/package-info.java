/**
 * Households of the hamlets and the visits teams pay them. A visit's id is the UUID made on the phone and its
 * primary key decides exactly-once; a PARTIAL outcome opens a follow-up that a later DONE closes; doubtful visits are
 * stored with data-quality flags, never silently refused; a gated service needs the member's certificate.
 */
package vn.langso.visits;
