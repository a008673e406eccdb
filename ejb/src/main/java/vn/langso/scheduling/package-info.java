/**
 * The Quartz scheduler's life cycle. Quartz keeps its schedule in the application's database, clustered, so that
 * several servers share one schedule and each firing runs on one of them. Jobs only look up a boundary and call it.
 */
package vn.langso.scheduling;
