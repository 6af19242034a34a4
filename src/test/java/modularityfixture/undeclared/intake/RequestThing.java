package modularityfixture.undeclared.intake;

public class RequestThing {
}
