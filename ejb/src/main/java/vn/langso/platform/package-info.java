/**
 * The application's life cycle: the schema is migrated before anything touches the database, then demo data
 * loads on an empty database, then the scheduler starts. Also the health report that says all of it went well.
 */
package vn.langso.platform;
