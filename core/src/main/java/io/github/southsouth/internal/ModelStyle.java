package io.github.southsouth.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of southsouth's value packages. It is applied in each value package's
 * {@code package-info.java}, never on single types, because Immutables neither merges styles nor
 * reliably picks up changes to them without a clean build.
 *
 * <p>Each choice, and why:
 *
 * <ul>
 *   <li>{@code visibility = PACKAGE}: the generated {@code Immutable*} classes are package-private,
 *       so they never appear in a public signature; callers see only the abstract domain type.
 *   <li>{@code overshadowImplementation = true}: builder methods and {@code with*} copies return the
 *       domain type and its nested {@code Builder}, not the generated class.
 *   <li>Each value type declares its nested {@code Builder} as an <em>abstract</em> class whose
 *       abstract methods are the builder's API, each with its own javadoc (entities share theirs
 *       through {@code Entity.Builder}); Immutables then generates a builder that extends it, and
 *       {@code builder()} returns that. An extending builder ({@code class Builder extends
 *       ImmutableX.Builder}) would be shorter, but the published javadoc of a public class over a
 *       package-private generated one lists the inherited methods by name only, without
 *       signatures or documentation. A method added to a value type needs its declaration here
 *       too, or it is not reachable through the public builder.
 *   <li>{@code depluralize = true}: collection attributes get singular adders ({@code
 *       addCitation}, {@code addInstrument}); the dictionary lists the words English does not
 *       depluralize by dropping an "s".
 *   <li>{@code jdkOnly = false} (the default): collections are Guava immutable collections, which
 *       reject nulls and keep insertion order.
 *   <li>{@code optionalAcceptNullable = false}: there is no null anywhere in the API.
 *   <li>{@code allParameters = false}, {@code defaults} with {@code copy = true}: values are made
 *       through builders and copied with {@code with*}; small identifiers opt into {@code of(...)}
 *       with {@code @Value.Parameter}.
 *   <li>{@code limitStringLengthInToString = 160}: a summary or quote never floods a log line.
 *   <li>{@code allowedClasspathAnnotations}: only the annotations the generated code needs, so a
 *       stray {@code javax.annotation} jar on a user's path cannot leak into our bytecode.
 * </ul>
 *
 * <p>Not API: this package is not exported.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    depluralizeDictionary = {"financing:financing", "about:about", "attributes:attribute"},
    optionalAcceptNullable = false,
    defaults = @Value.Immutable(copy = true),
    limitStringLengthInToString = 160,
    allowedClasspathAnnotations = {java.lang.Override.class})
public @interface ModelStyle {}
