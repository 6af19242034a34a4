package modularityfixture.declared.cases;

import modularityfixture.declared.common.Shared;
import modularityfixture.declared.intake.RequestThing;

public class CaseThing {

	Shared shared;

	RequestThing request;

}
