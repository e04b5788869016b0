;; Calls that never return: in guest code only, and calling the host on
;; every turn (the budget runs out in host code too); memory.grow in the
;; loop (runtime code that allocates).
(module
  (import "env" "add_i32" (func $add_i32 (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "echo32") (param i32) (result i32) (local.get 0))
  (func (export "spin") (result i32)
    (loop $l (br $l))
    (i32.const 0))
  (func (export "spin_host") (result i32)
    (loop $l (drop (call $add_i32 (i32.const 1) (i32.const 2))) (br $l))
    (i32.const 0))
  (func (export "spin_grow") (result i32)
    (loop $l (drop (memory.grow (i32.const 0))) (br $l))
    (i32.const 0)))
