package modularityfixture.undeclared;

/**
 * A tiny application of three modules for ModularityTests: cases uses intake, which it
 * does not declare among its allowed dependencies. Plain classes only, outside the
 * portal's packages, so that no Spring context ever picks them up.
 */
@org.springframework.modulith.Modulithic
public class FixtureApp {
}
