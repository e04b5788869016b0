;; A guest that exports only its memory and allocator: every callback is
;; optional, so the host drives a whole plugin life without calling any.
(module
  (memory (export "memory") 1)
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024)))
