/**
 * Shared pieces every feature may use: demo mode, language, layout support, paging. An open
 * module: its types are the portal's common vocabulary, not a feature.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Common", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.unionrights.common;
