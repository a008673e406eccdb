/**
 * Who may sign in and with which roles. Passwords are kept only as PBKDF2 hashes; five wrong passwords in a row
 * lock an account for fifteen minutes, and no answer ever tells whether a user name exists.
 */
package vn.langso.accounts;
