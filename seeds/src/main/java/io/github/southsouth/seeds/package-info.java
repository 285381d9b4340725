/**
 * The bundled dataset: {@link io.github.southsouth.seeds.Seeds#load()} returns a validated,
 * bilingual {@link io.github.southsouth.graph.CooperationGraph} of everything the seed essay on
 * South-South Cooperation names — principles, goals, areas of contribution, initiatives, forums,
 * events and perspectives, each with English and Chinese names, a summary and citations — plus
 * world reference data (249 countries and areas, UN M49 regions, LDC/LLDC/SIDS, FOCAC and CELAC
 * membership).
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.southsouth.seeds;

import org.jspecify.annotations.NullMarked;
