package modularityfixture.undeclared.common;

public class Shared {
}
