/**
 * The department's basic-data table (部门整体支出绩效评价基础数据表) that Hunan files beside the
 * department-wide self-evaluation form: {@link io.github.perfeval.core.basicdata.BasicData} with its
 * {@link io.github.perfeval.core.basicdata.Staffing}, {@link io.github.perfeval.core.basicdata.SpendingControl}
 * (rows of {@link io.github.perfeval.core.basicdata.SpendingItem}s in three
 * {@link io.github.perfeval.core.basicdata.SpendingColumn}s), {@link io.github.perfeval.core.basicdata.BuildingControl}
 * and {@link io.github.perfeval.core.basicdata.SavingMeasures}; its diagnostic codes
 * ({@link io.github.perfeval.core.basicdata.BasicDataCode}); and the link of a table to its form
 * ({@link io.github.perfeval.core.basicdata.DepartmentFiling}). Every figure is a
 * {@link io.github.perfeval.core.quantity.Figure}: raw text, value, place.
 */
package io.github.perfeval.core.basicdata;
