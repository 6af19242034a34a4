package org.unionrights.intake;

/**
 * New forms of employment (新就业形态). Labels: {@code newFormWork.<NAME>}.
 */
public enum NewFormWork {

	COURIER, RIDE_HAILING, FOOD_DELIVERY, TRUCK_DRIVER, OTHER

}
