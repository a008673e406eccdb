/**
 * What an empty database is given at first start: the demo data by default, or with {@code LANGSO_DEMO=none} a
 * single {@code admin} account whose random password is logged once and must be changed at first sign-in.
 */
package vn.langso.demo;
