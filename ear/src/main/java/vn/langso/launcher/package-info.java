/**
 * Runs LangSo on one machine from the build tree: an embedded MariaDB whose data survives restarts,
 * and the provisioned WildFly as a child process. Not part of the EAR; also used by the whole-application
 * tests for their database.
 */
package vn.langso.launcher;
