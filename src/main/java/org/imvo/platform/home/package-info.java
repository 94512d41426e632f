/**
 * The start page: for visitors a short introduction, for signed-in users what needs their
 * attention, collected from every module that offers {@link org.imvo.platform.home.AttentionProvider}s.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Start page")
package org.imvo.platform.home;
