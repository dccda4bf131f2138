/**
 * What every WAR's served OpenAPI document says beyond what the generator finds in the code: the API's name, the SSO's
 * bearer token as the security scheme of every operation, the problem+json answers and every problem type.
 */
package app.tempo.platform.openapi;
