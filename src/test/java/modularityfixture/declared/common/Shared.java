package modularityfixture.declared.common;

public class Shared {
}
