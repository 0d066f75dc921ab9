/**
 * What every module uses: the taxonomy, the web layout and request context, security and
 * text helpers.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package be.lokaalcirculair.shared;

import org.springframework.modulith.ApplicationModule;
