/**
 * The organisation: administrative units in levels that are data, the teams attached to them, their members and
 * the history of who was in which team. Every read is limited to the caller's area: a unit and its subtree.
 */
package vn.langso.org;
