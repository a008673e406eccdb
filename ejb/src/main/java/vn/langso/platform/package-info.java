/**
 * The top of the house: the application's start-up (the schema is migrated before anything touches the database,
 * then demo data loads on an empty database, then the scheduler starts) and the health report that says all of it
 * went well. Nothing below depends on it; what components share lives in {@code vn.langso.kernel}.
 */
package vn.langso.platform;
