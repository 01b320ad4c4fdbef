/**
 * How {@link driverImportance} splits R²: `'relative-weights'` (Johnson 2000, any
 * number of drivers) or `'shapley'` (the LMG decomposition, exact over all subsets, up
 * to 20 drivers).
 *
 * @category Driver importance
 */
export type DriverImportanceMethod = 'relative-weights' | 'shapley';
