/**
 * What a verb says when its folder holds no workspace manifest: the folder, the names
 * looked for, and how to start a workspace.
 *
 * @internal
 */
export function noManifestMessage(verb: string, folder: string): string {
  return `${folder} has no workspace manifest (cxkit.yaml, cxkit.yml or cxkit.json), so it is not a CX workspace and nothing was checked. Name the workspace folder ("cxkit ${verb} path/to/workspace"), or start one with "cxkit init <new folder>".`;
}
